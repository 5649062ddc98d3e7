import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { findFreePort } from "@/lib/net/ports";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/postgres/embedded";

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  it("answers 200 while the database is up and 503 once it is stopped", async () => {
    // A server of its own, so that stopping it leaves the run's test database alone.
    dataDir = await mkdtemp(path.join(os.tmpdir(), "vigil-health-"));
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    process.env.DATABASE_URL = server.adminUrl;
    vi.resetModules();
    const { GET } = await import("@/app/api/health/route");

    const up = await GET();
    expect(up.status).toBe(200);
    expect(up.headers.get("cache-control")).toBe("no-store");
    expect(await up.json()).toMatchObject({ status: "ok", database: "up" });

    await server.stop();
    const down = await GET();

    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body).toMatchObject({ status: "degraded", database: "down" });
    // A public endpoint: a short reason, no connection string, no stack trace.
    expect(JSON.stringify(body)).not.toMatch(/postgres:postgres|at .*\.ts:\d+/);
  });
});
