import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { clearInstancePhase, setInstancePhase } from "@/lib/lifecycle/instance-state";
import { findFreePort } from "@/lib/net/ports";

// The phase is what Vigil's web server sets (starting → serving → draining); here it is set
// directly, on the same globalThis the route reads it from. A real server's drain is checked in
// tests/faults/ready-and-drain.test.ts.

async function ready(): Promise<{ status: number; body: Record<string, unknown> }> {
  const { GET } = await import("@/app/api/ready/route");
  const response = await GET();
  expect(response.headers.get("cache-control")).toBe("no-store");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

afterEach(() => clearInstancePhase());

describe("GET /api/ready and the instance's phase", () => {
  it("answers 503 while the instance is starting", async () => {
    setInstancePhase("starting");

    expect(await ready()).toEqual({
      status: 503,
      body: { status: "unavailable", instance: "starting" },
    });
  });

  it("answers 200 with the database and mail state once it serves", async () => {
    setInstancePhase("serving");

    const { status, body } = await ready();

    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ready", database: "up", mail: { state: "ok" } });
    expect(body).not.toHaveProperty("redis");
  });

  it("answers 503 from the moment it drains, and a draining instance never serves again", async () => {
    setInstancePhase("serving");
    setInstancePhase("draining");
    setInstancePhase("serving");

    expect(await ready()).toEqual({
      status: 503,
      body: { status: "unavailable", instance: "draining" },
    });
  });
});

describe("GET /api/ready with VIGIL_REDIS_URL set", () => {
  afterAll(async () => {
    // The shared client would keep reconnecting to the closed port after the test.
    const { getRedisClient } = await import("@/lib/redis/client");
    getRedisClient()?.destroy();
    delete process.env.VIGIL_REDIS_URL;
    vi.resetModules();
  });

  it("answers 503 when Redis cannot be reached, though the database answers", async () => {
    process.env.VIGIL_REDIS_URL = `redis://127.0.0.1:${await findFreePort()}`;
    vi.resetModules();
    setInstancePhase("serving");

    expect(await ready()).toEqual({
      status: 503,
      body: { status: "unavailable", database: "up", redis: "down" },
    });
  });
});
