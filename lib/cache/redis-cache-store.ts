import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { withCheckedLocalCopies, type CheckedRedisHandler } from "@/lib/cache/checked-local-copies";
import { registerSharedRevalidation } from "@/lib/cache/shared-revalidation";
import { answeredWithin, getRedisClient } from "@/lib/redis/client";

/**
 * This process's view of the page and data cache in Redis: the namespace it may use (its
 * database's, claimed by lib/cache/redis-cache-owner.ts) and @fortedigital/nextjs-cache-handler's
 * redis-strings handler under it, which stores entries, their tags and expiry. What Vigil adds:
 *
 * - until the namespace is claimed nothing is read or written: every request renders afresh;
 * - Redis away costs misses, never an error page: reads fail at once while the client is
 *   disconnected (it has no offline queue) and after 1 s when Redis hangs (the handler's own
 *   `timeoutMs` does not cover a command already sent: see `answeredWithin`), and Next.js renders;
 * - a revalidation that could not reach Redis is retried every second until it does, and this
 *   process reads nothing from Redis meanwhile (another instance may still serve the old entry;
 *   lib/cache/README.md says what that means);
 * - copies of what it read or wrote stay in this process and are served only after one round
 *   trip to Redis confirms them (checked-local-copies.ts): decoding a 70 KB page from Redis on
 *   every request cost more than the check.
 */
type RedisStringsHandler = ReturnType<typeof createRedisHandler>;

/** A cache read or write slower than this is given up: rendering beats waiting for Redis. */
const REDIS_TIMEOUT_MS = 1_000;
/** A revalidation scans the tags of every entry (redis-tag-scan.ts): more time, then a retry. */
const REVALIDATION_TIMEOUT_MS = 5_000;
const RETRY_INTERVAL_MS = 1_000;

const NAMESPACE_KEY = Symbol.for("vigil.cache.redisNamespace");
const globalForNamespace = globalThis as unknown as { [NAMESPACE_KEY]?: string };

/** Makes this process read and write the cache under `namespace` (after claiming it). */
export function setRedisCacheNamespace(namespace: string): void {
  globalForNamespace[NAMESPACE_KEY] = namespace;
}

const handlers = new Map<string, CheckedRedisHandler>();

function currentHandler(): CheckedRedisHandler | null {
  const namespace = globalForNamespace[NAMESPACE_KEY];
  const client = getRedisClient();
  if (!namespace || !client) return null;
  let handler = handlers.get(namespace);
  if (!handler) {
    handler = withCheckedLocalCopies({
      shared: createRedisHandler({ client, keyPrefix: namespace, timeoutMs: REDIS_TIMEOUT_MS }),
      client,
      keyPrefix: namespace,
    });
    handlers.set(namespace, handler);
  }
  return handler;
}

/**
 * Tags whose revalidation has not reached Redis yet. While there are any, this process reads
 * nothing from Redis (`get` below): neither an entry that another instance may still hold, nor
 * its own copy.
 */
const pendingTags = new Set<string>();
/** Tags queued for the next batch (`queueRevalidation`), and that batch once it has started. */
const queuedTags = new Set<string>();
let nextBatch: Promise<void> | undefined;
let retryTimer: NodeJS.Timeout | undefined;

/**
 * Deletes every entry tagged with one of `tags` in Redis, in one scan of the tag hash
 * (redis-tag-scan.ts); on failure retries every second in the background, and throws.
 */
async function revalidateTags(tags: readonly string[]): Promise<void> {
  const handler = currentHandler();
  for (const tag of tags) pendingTags.add(tag);
  try {
    if (!handler) throw new Error("the cache namespace is not claimed yet");
    await answeredWithin(handler.revalidateTags(tags), REVALIDATION_TIMEOUT_MS);
    // A tag queued again meanwhile stays pending until its own batch is done.
    for (const tag of tags) if (!queuedTags.has(tag)) pendingTags.delete(tag);
  } catch (error) {
    if (!retryTimer) {
      console.error(
        `[vigil] Could not revalidate ${tags.map((tag) => `"${tag}"`).join(", ")} in Redis (${error instanceof Error ? error.message : String(error)}): retrying every second; this server reads nothing from Redis meanwhile.`,
      );
    }
    scheduleRetry();
    throw error;
  }
}

function scheduleRetry(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    const tags = [...pendingTags].filter((tag) => !queuedTags.has(tag));
    if (tags.length > 0) revalidateTags(tags).catch(() => {});
  }, RETRY_INTERVAL_MS);
  retryTimer.unref();
}

/**
 * Next.js hands the cache handler a save's tags one at a time and waits for each: they are
 * queued here instead, and the tags queued before the next turn of the event loop go to Redis
 * together. The tag is pending from the moment it is queued, so this process serves nothing from
 * Redis until the batch is done; another instance may serve the old entry until then, as it
 * could while the handler deleted tag after tag.
 */
function queueRevalidation(tag: string): Promise<void> {
  pendingTags.add(tag);
  queuedTags.add(tag);
  nextBatch ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
    const tags = [...queuedTags];
    queuedTags.clear();
    nextBatch = undefined;
    return revalidateTags(tags);
  });
  return nextBatch;
}

/** The handler Next.js's CacheHandler runs (lib/cache/redis-cache-handler.ts). */
export const sharedRedisCache: RedisStringsHandler = {
  name: "vigil-redis",
  async get(key, meta) {
    const handler = currentHandler();
    if (!handler || pendingTags.size > 0) return null;
    // A rejection is a miss: Next.js's CacheHandler catches it.
    return (await answeredWithin(handler.get(key, meta), REDIS_TIMEOUT_MS)) ?? null;
  },
  async set(key, value, context) {
    const handler = currentHandler();
    if (handler) await answeredWithin(handler.set(key, value, context), REDIS_TIMEOUT_MS);
  },
  async revalidateTag(tag) {
    // Not awaited: the next tags of the same save join this batch (see queueRevalidation). A
    // failure is retried above; Next.js's CacheHandler would ignore a rejection anyway.
    queueRevalidation(tag).catch(() => {});
  },
  async delete(key) {
    const handler = currentHandler();
    if (handler?.delete) await answeredWithin(handler.delete(key), REDIS_TIMEOUT_MS);
  },
};

registerSharedRevalidation((tags) => revalidateTags(tags));
