import { randomUUID } from "node:crypto";
import type createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { LRUCache } from "lru-cache";
import {
  deleteTaggedEntries,
  REVALIDATED_TAGS_KEY,
  SHARED_TAGS_KEY,
} from "@/lib/cache/redis-tag-scan";
import type { RedisClient } from "@/lib/redis/client";

/**
 * This process's copies of the entries it read from or wrote to Redis, each served only after
 * one round trip to Redis says it is still the entry there and none of its tags was revalidated
 * since it was made: the same checks @fortedigital/nextjs-cache-handler's redis-strings handler
 * makes after fetching the entry, without fetching and decoding it again. A cached profile read
 * took 1.2 ms (p50) through the handler and the check 0.07 ms (bench/cache-read.ts); the page
 * itself is 70 KB of JSON and base64 to decode each time.
 *
 * Why the copy can never outlive a revalidation that reached Redis (the redacted field must be
 * gone from every instance as soon as the revalidation is done, lib/cache/README.md):
 *
 * - a tag revalidated by any instance deletes the entry and its record in the handler's tag hash
 *   (`__sharedTags__`): the check asks for both (EXISTS, HEXISTS);
 * - a path revalidated writes the time into `__revalidated_tags__`: the check compares the times
 *   of the entry's tags and the request's implicit tags with the copy's time, as the handler does;
 * - an entry written again after a revalidation gets a new version in `__versions__` (Vigil's own
 *   hash), written BEFORE the entry: from the moment a new entry can be seen, every copy of the old
 *   one fails the check. A read remembers the version it saw before it fetched the entry, so a copy
 *   is never labelled newer than it is;
 * - the check's commands run as one MULTI; Redis away or slow fails the check (a miss: Next.js
 *   renders), never serves the copy.
 *
 * The hash and key names are the handler's defaults (redis-strings.js, 3.x); the integration test
 * (tests/integration/cache-local-copies.test.ts) fails if a version renames them.
 */
type RedisStringsHandler = ReturnType<typeof createRedisHandler>;
/** The handler, plus a revalidation of several tags in one scan (redis-tag-scan.ts). */
export type CheckedRedisHandler = RedisStringsHandler & {
  revalidateTags(tags: readonly string[]): Promise<void>;
};
type Entry = NonNullable<Awaited<ReturnType<RedisStringsHandler["get"]>>>;

const VERSIONS_KEY = "vigil:versions";
/** At most this much page and data in this process's copies, by the size of their bodies. */
export const LOCAL_COPIES_MAX_BYTES = 64 * 1024 * 1024;

interface LocalCopy {
  version: string;
  entry: Entry;
}

/** The bytes an entry's copy holds, roughly: its page, payload or body. */
function sizeOf(copy: LocalCopy): number {
  const value = copy.entry.value as Record<string, unknown> | null;
  let size = 1_024;
  for (const field of ["html", "rscData", "body", "data"] as const) {
    const part = value?.[field];
    if (typeof part === "string" || Buffer.isBuffer(part)) size += part.length;
    else if (part && typeof part === "object") size += JSON.stringify(part).length;
  }
  return size;
}

export function withCheckedLocalCopies(options: {
  shared: RedisStringsHandler;
  client: RedisClient;
  keyPrefix: string;
  maxBytes?: number;
}): CheckedRedisHandler {
  const { shared, client, keyPrefix } = options;
  const versions = `${keyPrefix}${VERSIONS_KEY}`;
  const copies = new LRUCache<string, LocalCopy>({
    maxSize: options.maxBytes ?? LOCAL_COPIES_MAX_BYTES,
    sizeCalculation: sizeOf,
  });

  /** Whether `copy` is still what Redis holds under `key`, and no tag of it was revalidated. */
  async function stillCurrent(key: string, copy: LocalCopy, implicitTags: string[]) {
    const tags = [...new Set([...copy.entry.tags, ...implicitTags])];
    const check = () =>
      client
        .multi()
        .exists(keyPrefix + key)
        .hExists(keyPrefix + SHARED_TAGS_KEY, key)
        .hGet(versions, key);
    const replies =
      tags.length > 0
        ? await check()
            .hmGet(keyPrefix + REVALIDATED_TAGS_KEY, tags)
            .exec()
        : await check().exec();
    const [exists, tagged, version, times] = replies as unknown as [
      number,
      number | boolean,
      string | null,
      (string | null)[] | undefined,
    ];
    if (exists !== 1 || !tagged || version !== copy.version) return false;
    return (times ?? []).every(
      (time) => !time || Number.parseInt(time, 10) <= copy.entry.lastModified,
    );
  }

  async function revalidateTags(tags: readonly string[]): Promise<void> {
    const revalidated = new Set(tags);
    for (const [key, copy] of copies.entries()) {
      if (copy.entry.tags.some((tag) => revalidated.has(tag))) copies.delete(key);
    }
    await deleteTaggedEntries(client, keyPrefix, tags);
  }

  return {
    name: `${shared.name}+local-copies`,
    async get(key, meta) {
      const copy = copies.get(key);
      if (copy) {
        if (await stillCurrent(key, copy, meta.implicitTags)) return copy.entry;
        copies.delete(key);
      }
      const version = await client.hGet(versions, key);
      const entry = await shared.get(key, meta);
      if (entry && version) copies.set(key, { version, entry });
      return entry;
    },
    async set(key, entry, context) {
      copies.delete(key);
      const version = randomUUID();
      await client.hSet(versions, key, version);
      await shared.set(key, entry, context);
      copies.set(key, { version, entry });
    },
    revalidateTag: (tag) => revalidateTags([tag]),
    revalidateTags,
    async delete(key) {
      copies.delete(key);
      await shared.delete?.(key);
    },
  };
}
