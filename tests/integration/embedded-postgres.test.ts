import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/net/ports";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/postgres/embedded";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-embedded-test-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function start(dataDir: string, port: number): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ dataDir, port });
  cleanups.push(() => server.stop());
  return server;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a stop and a new start", async () => {
    const dataDir = await tempDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(
      first.adminUrl,
      "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')",
    );
    await first.stop();

    const second = await start(dataDir, port);
    const result = await query(second.adminUrl, "SELECT value FROM kept");
    expect(result.rows).toEqual([{ value: "still here" }]);
  });

  it("says plainly that its port is taken", async () => {
    const dataDir = await tempDir();
    const port = await findFreePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    await new Promise((resolve) => blocker.once("listening", resolve));

    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
      `Port ${port} is already in use`,
    );
  });

  it("starts after a crash left a stale lock file behind", async () => {
    const dataDir = await tempDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await first.stop();
    // A lock file whose process no longer exists, as a crash or power cut leaves it.
    await writeFile(path.join(dataDir, "postmaster.pid"), `999999\n${dataDir}\n`);

    const second = await start(dataDir, port);
    const result = await query(second.adminUrl, "SELECT 1 AS up");
    expect(result.rows).toEqual([{ up: 1 }]);
  });

  it("refuses a data folder of another PostgreSQL version with a clear message", async () => {
    const dataDir = await tempDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "PG_VERSION"), "15\n");

    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toThrow(
      /holds a PostgreSQL 15 cluster, but the embedded server is PostgreSQL 18/,
    );
  });

  it("refuses a data folder that a running server holds", async () => {
    const dataDir = await tempDir();
    await start(dataDir, await findFreePort());

    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toThrow(
      /already running on the data folder/,
    );
  });
});
