import { createClient } from "@redis/client";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCheckedLocalCopies } from "@/lib/cache/checked-local-copies";
import type { RedisClient } from "@/lib/redis/client";
import { startTestRedis, type TestRedis } from "../fixtures/redis";

/**
 * The copies each instance keeps of cached entries (lib/cache/checked-local-copies.ts), against a
 * real redis-server: two instances, each with its own copies and its own handler, on one Redis,
 * as two servers of a cluster. What must hold: a copy is served only while it is what Redis
 * holds, and never once another instance's revalidation has reached Redis.
 */
const REDIS_PORT = 6533;

let redis: TestRedis;
let client: RedisClient;
let prefixes = 0;

beforeAll(async () => {
  redis = await startTestRedis({ port: REDIS_PORT });
  client = createClient({ url: redis.url, disableOfflineQueue: true }) as RedisClient;
  client.on("error", () => {});
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await redis?.close();
});

/** Two instances on a fresh namespace; `fetched` counts what instance B fetched from Redis. */
function twoInstances() {
  const keyPrefix = `test:local-copies:${++prefixes}:`;
  const fetched = { count: 0 };
  const instance = (counter?: { count: number }) => {
    const shared = createRedisHandler({ client: client as never, keyPrefix, timeoutMs: 1_000 });
    const counted: typeof shared = {
      ...shared,
      get: (key, meta) => {
        if (counter) counter.count++;
        return shared.get(key, meta);
      },
    };
    return withCheckedLocalCopies({ shared: counted, client, keyPrefix });
  };
  return { a: instance(), b: instance(fetched), fetched };
}

const tags = ["prisoner:local-copy-test", "prisoners"];
const page = "/en/prisoners/local-copy-test";
const implicitTags = [`_N_T_${page}`];
const meta = { implicitTags } as never;

function entry(body: string, entryTags: string[] = tags) {
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags: entryTags,
    value: { kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 3600 },
  } as never;
}
const context = { tags } as never;
const bodyOf = (value: unknown) =>
  (value as { value: { data: { body: string } } } | null)?.value.data.body ?? null;
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the copies an instance keeps of cached entries", () => {
  it("serve a checked copy without fetching and decoding the entry again", async () => {
    const { a, b, fetched } = twoInstances();
    await a.set("profile", entry("profile v1"), context);

    const first = await b.get("profile", meta);
    const second = await b.get("profile", meta);

    expect(bodyOf(second)).toBe("profile v1");
    expect(second).toBe(first);
    expect(fetched.count).toBe(1);
  });

  it("are never served once another instance has revalidated one of their tags", async () => {
    const { a, b } = twoInstances();
    await a.set("profile", entry("unredacted"), context);
    expect(bodyOf(await b.get("profile", meta))).toBe("unredacted");

    await a.revalidateTag("prisoner:local-copy-test");

    expect(await b.get("profile", meta)).toBeNull();
  });

  it("give way to the entry another instance wrote after a revalidation", async () => {
    const { a, b } = twoInstances();
    await a.set("profile", entry("unredacted"), context);
    expect(bodyOf(await b.get("profile", meta))).toBe("unredacted");

    await a.revalidateTag("prisoner:local-copy-test");
    await a.set("profile", entry("redacted"), context);

    expect(bodyOf(await b.get("profile", meta))).toBe("redacted");
  });

  it("are never served once another instance has revalidated the page's path", async () => {
    const { a, b } = twoInstances();
    await a.set("profile", entry("unredacted"), context);
    expect(bodyOf(await b.get("profile", meta))).toBe("unredacted");
    await later();

    await a.revalidateTag(implicitTags[0]!);

    expect(await b.get("profile", meta)).toBeNull();
  });

  it("are not served while Redis cannot be asked", async () => {
    const { a, b } = twoInstances();
    await a.set("profile", entry("profile"), context);
    expect(bodyOf(await b.get("profile", meta))).toBe("profile");

    redis.pause();
    try {
      await expect(
        Promise.race([
          b.get("profile", meta),
          new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), 500)),
        ]),
      ).rejects.toThrow();
    } finally {
      redis.resume();
    }
  });

  it("revalidate several tags in one pass, deleting exactly the entries that carry one", async () => {
    const { a, b } = twoInstances();
    const keyPrefix = `test:local-copies:${prefixes}:`;
    const entries = {
      one: ["prisoner:1", "prisoners"],
      twelve: ["prisoner:12", "prisoners-of-1"],
      news: ["publications"],
      letter: ["letters"],
    };
    for (const [key, entryTags] of Object.entries(entries)) {
      await a.set(key, entry(key, entryTags), { tags: entryTags } as never);
    }
    expect(bodyOf(await b.get("twelve", meta))).toBe("twelve");

    // "prisoner:1" is part of "prisoner:12" and of "prisoners-of-1", but is neither tag.
    await a.revalidateTags(["prisoner:1", "publications"]);

    expect(await b.get("one", meta)).toBeNull();
    expect(await b.get("news", meta)).toBeNull();
    expect(bodyOf(await b.get("twelve", meta))).toBe("twelve");
    expect(bodyOf(await b.get("letter", meta))).toBe("letter");
    // Their records in the handler's tag and expiry hashes go with them.
    const tagged = await client.hKeys(`${keyPrefix}__sharedTags__`);
    expect(tagged.sort()).toEqual(["letter", "twelve"]);
    const expiring = await client.hKeys(`${keyPrefix}__sharedTagsTtl__`);
    expect(expiring).not.toContain("one");
    expect(expiring).not.toContain("news");
  });
});
