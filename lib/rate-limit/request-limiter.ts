import "server-only";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { outsideRequests } from "@/lib/lifecycle/root-async-context";
import { getRedisClient, type RedisClient } from "@/lib/redis/client";

/**
 * Limits on requests (every keystroke of a live search), beside lib/rate-limit/index.ts's limits
 * on rare events (sign-in, signing). Those are kept in PostgreSQL; these must not be: a limit
 * that wrote a row per request would cost the database more than the cached answer it guards.
 *
 * - With VIGIL_REDIS_URL (several instances) the count is kept in the Redis they share
 *   (rate-limiter-flexible's RateLimiterRedis, one atomic script per request), so that a client
 *   gets the limit once, not once per instance.
 * - Redis away never turns into an error page or an open door: the same limit is counted in this
 *   process's memory instead (the library's `insuranceLimiter`) while Redis is disconnected (at
 *   once: the shared client has no offline queue) or does not answer within REDIS_TIMEOUT_MS.
 * - Without VIGIL_REDIS_URL (one instance) the count is in memory only.
 *
 * An address over its limit is also remembered in memory until its window ends
 * (`inMemoryBlockOnConsumed`), so that a flood from one address costs no Redis round trips.
 */
export const REQUEST_LIMITS = {
  /**
   * GET /api/directory (the directory's live search), per client address: 1,200 a minute, 20 a
   * second. A person typing sends about three; a campus behind one address many at once.
   */
  "directory-ip": { points: 1200, durationSeconds: 60 },
  /**
   * GET /api/v1/* (the open-data API), per client address: 600 a minute. A mirror or a newsroom's
   * script paging the whole list at 100 a page needs about 1,000 pages at 100,000 prisoners; the
   * answers say how much is left (RateLimit-* headers), so a polite client never meets the 429.
   */
  "api-ip": { points: 600, durationSeconds: 60 },
  /**
   * GET of a printable envelope or letter sheet (pdf-lib draws each one, tens of milliseconds of
   * CPU), per client address: 60 a minute. A supporter prints a few; a flood must not take the
   * server's cores.
   */
  "letter-pdf-ip": { points: 60, durationSeconds: 60 },
} as const satisfies Record<string, RequestLimit>;

export type RequestLimitKey = keyof typeof REQUEST_LIMITS;

export interface RequestLimit {
  /** Requests per subject within `durationSeconds`. */
  points: number;
  durationSeconds: number;
}

/**
 * The count after one request: whether it is allowed, and the quota as the RateLimit-Limit,
 * RateLimit-Remaining and RateLimit-Reset headers tell it (lib/security/public-route.ts).
 */
export type RequestVerdict = ({ allowed: true } | { allowed: false; retryAfterSeconds: number }) & {
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the quota is whole again (at least 1). */
  resetSeconds: number;
};

export interface RequestLimiter {
  /** Counts one request of `subject` (an opaque identifier: a keyed hash, never a raw address). */
  count(subject: string): Promise<RequestVerdict>;
}

/**
 * A Redis command slower than this is given up for the memory count: the limit is checked on
 * every request, and a hung Redis must not hold each one up for long (a round trip takes about a
 * millisecond; this leaves room for a busy machine).
 */
const REDIS_TIMEOUT_MS = 500;

/** Where every instance counts, so that their counts add up: `vigil:rate-limit:<name>:<subject>`. */
const KEY_PREFIX = "vigil:rate-limit:";

/**
 * The limiter of `name` (a REQUEST_LIMITS key, or a name and limit of a test's own). `redis`
 * defaults to the shared client (null without VIGIL_REDIS_URL), looked up on the first request,
 * not here: `next build` loads route modules and must not connect to Redis.
 */
export function createRequestLimiter(
  name: string,
  limit: RequestLimit,
  options: { redis?: () => RedisClient | null } = {},
): RequestLimiter {
  let limiter: RateLimiterAbstract | undefined;
  return {
    async count(subject) {
      const store = (limiter ??= storeFor(name, limit, (options.redis ?? getRedisClient)()));
      try {
        // The memory count sets a timer per subject that lives a window: made outside the request,
        // it does not keep the request alive that long (root-async-context.ts).
        const counted = await outsideRequests(() => store.consume(subject));
        return { allowed: true, ...quota(limit, counted) };
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        const left = quota(limit, refused);
        return { allowed: false, retryAfterSeconds: left.resetSeconds, ...left };
      }
    },
  };
}

function quota(
  limit: RequestLimit,
  res: RateLimiterRes,
): { limit: number; remaining: number; resetSeconds: number } {
  return {
    limit: limit.points,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

const limiters = new Map<RequestLimitKey, RequestLimiter>();

/**
 * The limiter for a REQUEST_LIMITS entry: one per entry and process, so that the routes sharing
 * a limit (every /api/v1 route counts against "api-ip") share one count in memory too, as they
 * do in Redis.
 */
export function requestLimiter(key: RequestLimitKey): RequestLimiter {
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = createRequestLimiter(key, REQUEST_LIMITS[key]);
    limiters.set(key, limiter);
  }
  return limiter;
}

function storeFor(
  name: string,
  limit: RequestLimit,
  redis: RedisClient | null,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({
    keyPrefix: name,
    points: limit.points,
    duration: limit.durationSeconds,
  });
  if (!redis) return memory;
  const shared = new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    // Disconnected: straight to the memory count, without sending anything.
    rejectIfRedisNotReady: true,
    keyPrefix: `${KEY_PREFIX}${name}`,
    points: limit.points,
    duration: limit.durationSeconds,
    inMemoryBlockOnConsumed: limit.points + 1,
  });
  // The insurance sits on the timeout wrapper, not on `shared` as well: a command that fails after
  // its timeout has passed must not count the request in memory a second time.
  return new RLWrapperTimeouts({
    limiter: shared,
    timeoutMs: REDIS_TIMEOUT_MS,
    insuranceLimiter: memory,
  });
}
