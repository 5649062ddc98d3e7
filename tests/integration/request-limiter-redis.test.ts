import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RequestVerdict } from "@/lib/rate-limit/request-limiter";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { startTestRedis, type TestRedis } from "../fixtures/redis";

/**
 * Request limits (lib/rate-limit/request-limiter.ts) against a real redis-server: two limiters of
 * the same name stand for two instances of Vigil (each with its own memory), which must share one
 * count; Redis stopped or hung must still limit, by memory, and never throw.
 */
const REDIS_PORT = 6631;

let redis: TestRedis;
let limiters: typeof import("@/lib/rate-limit/request-limiter");
let publicRoutes: typeof import("@/lib/security/public-route");
let client: typeof import("@/lib/redis/client");
let run = 0;

beforeAll(async () => {
  redis = await startTestRedis({ port: REDIS_PORT });
  // lib/env.ts reads the environment when first imported.
  process.env.VIGIL_REDIS_URL = redis.url;
  vi.resetModules();
  limiters = await import("@/lib/rate-limit/request-limiter");
  publicRoutes = await import("@/lib/security/public-route");
  client = await import("@/lib/redis/client");
  await vi.waitFor(() => expect(client.getRedisClient()?.isReady).toBe(true), { timeout: 5_000 });
});

afterAll(async () => {
  await client?.getRedisClient()?.close();
  await redis?.close();
  delete process.env.VIGIL_REDIS_URL;
});

/** Two "instances" of one limit of 10 a minute, under a name no other test uses. */
function twoInstances() {
  const name = `test-limit-${++run}`;
  const limit = { points: 10, durationSeconds: 60 };
  return [
    limiters.createRequestLimiter(name, limit),
    limiters.createRequestLimiter(name, limit),
  ] as const;
}

async function countTimes(limiter: { count(subject: string): Promise<RequestVerdict> }, n: number) {
  const verdicts: RequestVerdict[] = [];
  for (let index = 0; index < n; index += 1) verdicts.push(await limiter.count("subject"));
  return verdicts;
}

describe("a request limit with Redis", () => {
  it("is one count for all instances: 5 on one and 5 on another use up a limit of 10", async () => {
    const [first, second] = twoInstances();

    const allowed = [...(await countTimes(first, 5)), ...(await countTimes(second, 5))];
    const overFirst = await first.count("subject");
    const overSecond = await second.count("subject");
    const anotherSubject = await second.count("another subject");

    expect(allowed.map((verdict) => verdict.allowed)).toEqual(Array(10).fill(true));
    // The quota the RateLimit-Remaining header tells is the shared one, too.
    expect(allowed.map((verdict) => verdict.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(overFirst).toMatchObject({ allowed: false });
    expect(overSecond).toMatchObject({ allowed: false });
    if (!overSecond.allowed) expect(overSecond.retryAfterSeconds).toBeGreaterThan(0);
    expect(anotherSubject).toMatchObject({ allowed: true });
  });

  it("holds for the directory's route across instances: 600 + 600 requests, then 429 on either", async () => {
    const ok = async () => new Response("ok");
    const instances = [
      publicRoutes.publicRoute("directory-ip", ok),
      publicRoutes.publicRoute("directory-ip", ok),
    ];
    const address = `198.51.100.${run + 1}`;
    const get = (instance: number) =>
      instances[instance]!(
        new Request("http://localhost/api/directory", {
          headers: { [CLIENT_ADDRESS_HEADER]: address },
        }),
      );

    const statuses: number[] = [];
    for (let index = 0; index < 1200; index += 1) statuses.push((await get(index % 2)).status);
    const refusedOnOne = await get(0);
    const refusedOnOther = await get(1);

    expect(statuses.filter((status) => status === 200)).toHaveLength(1200);
    expect(refusedOnOne.status).toBe(429);
    expect(Number(refusedOnOne.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refusedOnOther.status).toBe(429);
  });

  it("still limits, in memory, while Redis is stopped, and throws nothing", async () => {
    const [limiter] = twoInstances();
    await redis.stop();
    try {
      const started = Date.now();
      const verdicts = await countTimes(limiter, 11);

      expect(verdicts.slice(0, 10).map((verdict) => verdict.allowed)).toEqual(Array(10).fill(true));
      expect(verdicts[10]).toMatchObject({ allowed: false });
      // Straight to memory: nothing waits for a Redis that is not connected.
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await redis.start();
      await vi.waitFor(() => expect(client.getRedisClient()?.isReady).toBe(true), {
        timeout: 10_000,
        interval: 100,
      });
    }
  });

  it("answers within about half a second, counting in memory, while Redis hangs", async () => {
    const [limiter] = twoInstances();
    redis.pause();
    try {
      const started = Date.now();
      const verdict = await limiter.count("subject");

      expect(verdict).toMatchObject({ allowed: true });
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      redis.resume();
    }
  });
});
