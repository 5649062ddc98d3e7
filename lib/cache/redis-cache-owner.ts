import { findIdentityChange, nextCacheOwner, type CacheOwner } from "@/lib/cache/identity-change";
import type { CacheClaim } from "@/lib/cache/cache-owner";
import { readDatabaseIdentity, type DatabaseIdentity } from "@/lib/cache/database-identity";
import { setRedisCacheNamespace } from "@/lib/cache/redis-cache-store";
import { answeredWithin, getRedisClient, pingRedis, type RedisClient } from "@/lib/redis/client";

/**
 * In Redis the cache belongs to one database as the build folder's does (lib/cache/README.md):
 * every key starts with a namespace made of the database's identity, so a server on another
 * database (another cluster, another CREATE DATABASE, another timeline) never reads a page of
 * this one. A restore from a base backup keeps all three: the namespace's `owner` record keeps the
 * highest write-ahead log position seen, like the folder's record, and a position below it
 * empties the namespace.
 */
export function redisCacheNamespace(identity: DatabaseIdentity): string {
  const system = identity.systemIdentifier ?? identity.address;
  return `vigil:cache:${system}:${identity.databaseOid}:${identity.timeline ?? "-"}:`;
}

const OWNER_KEY = "owner";
/** A Redis that hangs must not hold up a start, a script or the watcher's next check. */
const RECORD_TIMEOUT_MS = 2_000;
const CLAIM_TIMEOUT_MS = 10_000;
const SCAN_BATCH = 1_000;

/** The namespace's owner record, for lib/cache/watch-cache-owner.ts to keep up to date. */
export function redisOwnerRecord(client: RedisClient, namespace: string) {
  const key = namespace + OWNER_KEY;
  return {
    async read(): Promise<CacheOwner | null> {
      const stored = await answeredWithin(client.get(key), RECORD_TIMEOUT_MS);
      if (!stored) return null;
      try {
        const parsed = JSON.parse(stored) as CacheOwner;
        return parsed?.identity?.databaseOid && parsed.highestWalLsn ? parsed : null;
      } catch {
        // A damaged record vouches for nothing: the namespace is emptied.
        return null;
      }
    },
    async write(owner: CacheOwner): Promise<void> {
      await answeredWithin(client.set(key, JSON.stringify(owner)), RECORD_TIMEOUT_MS);
    },
    async forget(): Promise<void> {
      await answeredWithin(client.del(key), RECORD_TIMEOUT_MS);
    },
  };
}

/**
 * Makes the Redis namespace of `identity` belong to it: when its record is missing (a flushed or
 * restarted Redis, or a record forgotten after a restore) or shows the database taken back in
 * time, everything in the namespace is removed first. Rejects when Redis does not answer.
 */
export async function claimRedisCache(options: {
  client: RedisClient;
  identity: DatabaseIdentity;
  log?: (line: string) => void;
}): Promise<{ namespace: string; owner: CacheOwner; discarded: number }> {
  const { client, identity } = options;
  const namespace = redisCacheNamespace(identity);
  const record = redisOwnerRecord(client, namespace);
  const recorded = await record.read();
  const reason = findIdentityChange(recorded, identity);
  const discarded = reason ? await removeNamespace(client, namespace) : 0;
  if (discarded > 0) {
    (options.log ?? console.log)(
      `[vigil] Discarded ${discarded} cached pages and data in Redis (${namespace}): ${reason}.`,
    );
  }
  const owner = nextCacheOwner(recorded, identity);
  await record.write(owner);
  return { namespace, owner, discarded };
}

async function removeNamespace(client: RedisClient, namespace: string): Promise<number> {
  let removed = 0;
  // SCAN, not KEYS: Redis keeps answering the other instances meanwhile.
  for await (const keys of client.scanIterator({ MATCH: `${namespace}*`, COUNT: SCAN_BATCH })) {
    if (keys.length === 0) continue;
    removed += await client.unlink(keys);
  }
  return removed;
}

const CLAIM_RETRY_MS = 2_000;

/**
 * Claims the namespace of `identity` for this process (scripts/serve.ts): resolves after the
 * first attempt; while Redis does not answer it tries again every 2 s in the background, and the
 * server serves uncached meanwhile. Returns the owner record for the watcher
 * (lib/cache/watch-cache-owner.ts), which does nothing until a claim succeeded.
 */
export async function claimRedisCacheWhenReachable(
  client: RedisClient,
  identity: DatabaseIdentity,
) {
  let record: ReturnType<typeof redisOwnerRecord> | null = null;
  const attempt = async (): Promise<void> => {
    try {
      const claim = claimRedisCache({ client, identity });
      const { namespace } = await answeredWithin(claim, CLAIM_TIMEOUT_MS);
      record = redisOwnerRecord(client, namespace);
      setRedisCacheNamespace(namespace);
    } catch {
      // The client logs the outage; the claim waits for Redis like the rest of the cache.
      setTimeout(() => void attempt(), CLAIM_RETRY_MS).unref();
    }
  };
  await attempt();
  return {
    write: async (owner: CacheOwner) => record?.write(owner),
    forget: async () => record?.forget(),
  };
}

/**
 * scripts/serve.ts's step after claiming the build folder: with VIGIL_REDIS_URL, claims the Redis
 * namespace of the same database. Without a known database (it did not answer at start and the
 * folder records none) nothing is cached until the watcher restarts the server on its answer.
 */
export async function claimRedisCacheForServer(claim: CacheClaim) {
  const client = getRedisClient();
  if (!client || !claim.owner) return undefined;
  // Gives a connection still opening its second (pingRedis waits for it).
  await pingRedis();
  return claimRedisCacheWhenReachable(client, claim.owner.identity);
}

/**
 * For a script that writes content (an import, a repair): with VIGIL_REDIS_URL, claims its
 * database's namespace so that `revalidateContent` reaches every instance from outside a request
 * (lib/cache/shared-revalidation.ts; call `settleSharedRevalidations()` before exiting). Resolves
 * to false without Redis, or when Redis or the database does not answer.
 */
export async function joinRedisCacheFromScript(databaseUrl: string): Promise<boolean> {
  const client = getRedisClient();
  if (!client || !(await pingRedis())) return false;
  try {
    const identity = await readDatabaseIdentity(databaseUrl);
    const claim = claimRedisCache({ client, identity });
    const { namespace } = await answeredWithin(claim, CLAIM_TIMEOUT_MS);
    setRedisCacheNamespace(namespace);
    return true;
  } catch {
    return false;
  }
}
