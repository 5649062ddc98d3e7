import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { sharedRedisCache } from "@/lib/cache/redis-cache-store";

/**
 * Next.js's incremental cache (pages, route responses, `cachedRead` data) in the Redis every
 * instance shares: next.config.js names this file as `cacheHandler` for the production server
 * when VIGIL_REDIS_URL is set. @fortedigital/nextjs-cache-handler's CacheHandler speaks Next.js's
 * interface; lib/cache/redis-cache-store.ts is where and how it stores. A revalidation on any
 * instance deletes the tagged entries in Redis, so the next request on every instance renders
 * afresh; this process's copies are served only after Redis confirms them
 * (lib/cache/checked-local-copies.ts).
 */
CacheHandler.onCreation(() => ({ handlers: [sharedRedisCache] }));

export default CacheHandler;
