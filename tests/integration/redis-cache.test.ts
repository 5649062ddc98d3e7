import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseIdentity } from "@/lib/cache/database-identity";
import { startTestRedis, type TestRedis } from "../fixtures/redis";

/**
 * The Redis side of the shared cache against a real redis-server, without a build: the client
 * (readiness, reconnection), the namespace a database owns, and revalidation from outside a
 * request. tests/faults/redis-cache.test.ts runs two real servers on it.
 */
const REDIS_PORT = 6391;

let redis: TestRedis;
let client: typeof import("@/lib/redis/client");
let owner: typeof import("@/lib/cache/redis-cache-owner");

beforeAll(async () => {
  redis = await startTestRedis({ port: REDIS_PORT });
  // lib/env.ts reads the environment when first imported.
  process.env.VIGIL_REDIS_URL = redis.url;
  vi.resetModules();
  client = await import("@/lib/redis/client");
  owner = await import("@/lib/cache/redis-cache-owner");
});

afterAll(async () => {
  await client?.getRedisClient()?.close();
  await redis?.close();
  delete process.env.VIGIL_REDIS_URL;
});

function identity(fields: Partial<DatabaseIdentity> = {}): DatabaseIdentity {
  return {
    systemIdentifier: "7715899894427422317",
    timeline: 1,
    databaseOid: "16384",
    databaseName: "vigil",
    address: "127.0.0.1:5432",
    walLsn: "0/3000000",
    ...fields,
  };
}

async function storedKeys(pattern: string): Promise<string[]> {
  return client.getRedisClient()!.keys(pattern);
}

describe("the Redis client", () => {
  it("answers a ping while Redis is up, false within about a second once it stops, and reconnects by itself", async () => {
    expect(await client.pingRedis()).toBe(true);

    await redis.stop();
    const asked = Date.now();
    const whileDown = await client.pingRedis();
    const tookMs = Date.now() - asked;

    expect(whileDown).toBe(false);
    expect(tookMs).toBeLessThan(1_500);

    await redis.start();
    await vi.waitFor(async () => expect(await client.pingRedis()).toBe(true), {
      timeout: 10_000,
      interval: 200,
    });
  });

  it("is absent, and a ping false, when VIGIL_REDIS_URL is unset", async () => {
    delete process.env.VIGIL_REDIS_URL;
    vi.resetModules();
    const withoutRedis = await import("@/lib/redis/client");
    process.env.VIGIL_REDIS_URL = redis.url;
    // The next imports read the environment with Redis again.
    vi.resetModules();

    expect(withoutRedis.getRedisClient()).toBeNull();
    expect(await withoutRedis.pingRedis()).toBe(false);
  });
});

describe("the namespace of a database in Redis", () => {
  it("differs for another system, another database and another timeline", () => {
    const names = new Set([
      owner.redisCacheNamespace(identity()),
      owner.redisCacheNamespace(identity({ systemIdentifier: "7715899894427422318" })),
      owner.redisCacheNamespace(identity({ databaseOid: "16385" })),
      owner.redisCacheNamespace(identity({ timeline: 2 })),
    ]);

    expect(names.size).toBe(4);
  });

  it("is emptied when the database is back at an earlier log position (restored from a backup), and only then", async () => {
    const redisClient = client.getRedisClient()!;
    const first = await owner.claimRedisCache({
      client: redisClient,
      identity: identity({ walLsn: "0/5000000" }),
      log: () => {},
    });
    await redisClient.set(`${first.namespace}page`, "cached");
    const other = owner.redisCacheNamespace(identity({ databaseOid: "99999" }));
    await redisClient.set(`${other}page`, "another database's");

    const later = await owner.claimRedisCache({
      client: redisClient,
      identity: identity({ walLsn: "0/6000000" }),
      log: () => {},
    });
    expect(later.discarded).toBe(0);
    expect(await redisClient.get(`${first.namespace}page`)).toBe("cached");

    const restored = await owner.claimRedisCache({
      client: redisClient,
      identity: identity({ walLsn: "0/5800000" }),
      log: () => {},
    });

    expect(restored.discarded).toBeGreaterThan(0);
    expect(await redisClient.get(`${first.namespace}page`)).toBeNull();
    expect(await redisClient.get(`${other}page`)).toBe("another database's");
  });

  it("is emptied when its record is gone (Redis flushed, or the record forgotten after a restore)", async () => {
    const redisClient = client.getRedisClient()!;
    const claimed = await owner.claimRedisCache({
      client: redisClient,
      identity: identity({ databaseOid: "20000" }),
      log: () => {},
    });
    await redisClient.set(`${claimed.namespace}page`, "cached");
    await owner.redisOwnerRecord(redisClient, claimed.namespace).forget();

    await owner.claimRedisCache({
      client: redisClient,
      identity: identity({ databaseOid: "20000" }),
      log: () => {},
    });

    expect(await storedKeys(`${claimed.namespace}page`)).toEqual([]);
  });
});

describe("revalidation outside a request", () => {
  it("deletes the tagged entries in Redis, for every instance, when the process has claimed its namespace", async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    expect(await owner.joinRedisCacheFromScript(databaseUrl)).toBe(true);
    const { default: CacheHandler } = await import("@/lib/cache/redis-cache-handler");
    const { revalidateContent, cacheTags } = await import("@/lib/data/cache");
    const { settleSharedRevalidations } = await import("@/lib/cache/shared-revalidation");
    // Two handlers, as two instances would have, on the one Redis.
    const instanceA = new CacheHandler({ serverDistDir: "/nonexistent", dev: false } as never);
    const instanceB = new CacheHandler({ serverDistDir: "/nonexistent", dev: false } as never);
    const tags = [cacheTags.prisoner("redis-test"), cacheTags.prisoners];
    await instanceA.set(
      "profile-data",
      {
        kind: "FETCH",
        data: { headers: {}, body: "old profile", status: 200, url: "" },
        revalidate: 3600,
      } as never,
      { fetchCache: true, tags, revalidate: 3600 } as never,
    );
    const context = { kind: "FETCH", tags, softTags: [] } as never;
    expect(await instanceB.get("profile-data", context)).not.toBeNull();

    revalidateContent(cacheTags.prisoner("redis-test"));
    expect(await settleSharedRevalidations()).toBe(true);

    expect(await instanceB.get("profile-data", context)).toBeNull();
    expect(await instanceA.get("profile-data", context)).toBeNull();
  });
});

describe("the cache handler Next.js runs", () => {
  async function twoInstances() {
    expect(await owner.joinRedisCacheFromScript(process.env.DATABASE_URL!)).toBe(true);
    const { default: CacheHandler } = await import("@/lib/cache/redis-cache-handler");
    return [0, 1].map(
      () => new CacheHandler({ serverDistDir: "/nonexistent", dev: false } as never),
    );
  }
  const tags = ["letters", "letter:handler-test"];
  const entry = {
    kind: "FETCH",
    data: { headers: {}, body: "counts", status: 200, url: "" },
    revalidate: 3600,
  } as never;
  const setContext = { fetchCache: true, tags, revalidate: 3600 } as never;
  const getContext = { kind: "FETCH", tags, softTags: [] } as never;

  it("deletes an entry on every instance when one revalidates its tag in a request", async () => {
    const [instanceA, instanceB] = await twoInstances();
    await instanceA!.set("letters-data", entry, setContext);
    expect(await instanceB!.get("letters-data", getContext)).not.toBeNull();

    // What Next.js calls after a route handler or a server action called revalidateTag.
    await instanceB!.revalidateTag(["letter:handler-test"]);

    expect(await instanceA!.get("letters-data", getContext)).toBeNull();
  });

  it("answers a miss within about a second when Redis hangs, and reads again once it answers", async () => {
    const [instance] = await twoInstances();
    await instance!.set("hung-data", entry, setContext);

    redis.pause();
    let whileHung: unknown;
    let tookMs: number;
    try {
      const asked = Date.now();
      whileHung = await instance!.get("hung-data", getContext);
      tookMs = Date.now() - asked;
      const pinged = Date.now();
      expect(await client.pingRedis()).toBe(false);
      expect(Date.now() - pinged).toBeLessThan(1_500);
    } finally {
      redis.resume();
    }

    expect(whileHung).toBeNull();
    expect(tookMs).toBeLessThan(1_500);
    await vi.waitFor(
      async () => expect(await instance!.get("hung-data", getContext)).not.toBeNull(),
      { timeout: 10_000, interval: 200 },
    );
  });
});
