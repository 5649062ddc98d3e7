import type { RedisClient } from "@/lib/redis/client";

/**
 * Revalidates several tags in the Redis cache with one pass over the tag hash. The handler's own
 * `revalidateTag` (@fortedigital/nextjs-cache-handler's redis-strings.js, 3.x) reads the whole
 * hash of every entry's tags, and the hash of their expiry times, for each tag it is given, and
 * Next.js hands it the tags of a save one by one, waiting for each: with 100,000 cached entries
 * (a directory under a crawler), one tag took 0.55–1.1 s and an editor's save, which revalidates
 * three to four, waited seconds. Here all tags of a batch share one read of the tag hash, and a
 * value is parsed only when it contains one of the tags as a JSON string.
 *
 * What is deleted is what the handler deletes: each entry carrying one of the tags and its
 * records in the tag and expiry hashes; a path's implicit tag (revalidatePath) also gets its time
 * in the revalidated-tags hash, which the handler's reads and ours (checked-local-copies.ts)
 * compare. Expired entries' records are left to the handler's own sweep (its `prepare`, and
 * Redis's expiry for the entries themselves). The hash names are the handler's defaults;
 * tests/integration/redis-cache.test.ts fails if a version renames them.
 */
export const SHARED_TAGS_KEY = "__sharedTags__";
const SHARED_TAGS_TTL_KEY = "__sharedTagsTtl__";
export const REVALIDATED_TAGS_KEY = "__revalidated_tags__";
/** Next.js's prefix for the tags revalidatePath makes (NEXT_CACHE_IMPLICIT_TAG_ID). */
const IMPLICIT_TAG_PREFIX = "_N_T_";
/** Fields per HSCAN reply, as the handler asks for. */
const SCAN_COUNT = 10_000;

/** Deletes every entry under `keyPrefix` tagged with one of `tags`; returns how many. */
export async function deleteTaggedEntries(
  client: RedisClient,
  keyPrefix: string,
  tags: readonly string[],
): Promise<number> {
  const implicit = tags.filter((tag) => tag.startsWith(IMPLICIT_TAG_PREFIX));
  if (implicit.length > 0) {
    const now = String(Date.now());
    await client.hSet(
      keyPrefix + REVALIDATED_TAGS_KEY,
      Object.fromEntries(implicit.map((tag) => [tag, now])),
    );
  }
  const wanted = new Set(tags);
  const quoted = tags.map((tag) => JSON.stringify(tag));
  const keys: string[] = [];
  let cursor = "0";
  do {
    const portion = await client.hScan(keyPrefix + SHARED_TAGS_KEY, cursor, { COUNT: SCAN_COUNT });
    for (const { field, value } of portion.entries) {
      // Most entries carry none of the tags: a substring test rules them out without parsing.
      if (!quoted.some((tag) => value.includes(tag))) continue;
      const entryTags = JSON.parse(value) as string[];
      if (entryTags.some((tag) => wanted.has(tag))) keys.push(field);
    }
    cursor = portion.cursor;
  } while (cursor !== "0");
  if (keys.length === 0) return 0;
  await Promise.all([
    client.unlink(keys.map((key) => keyPrefix + key)),
    client.hDel(keyPrefix + SHARED_TAGS_KEY, keys),
    client.hDel(keyPrefix + SHARED_TAGS_TTL_KEY, keys),
  ]);
  return keys.length;
}
