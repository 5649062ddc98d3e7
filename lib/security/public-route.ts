import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { isClientAbort, reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { clientIpFromHeaders, hashIp } from "@/lib/security/ip";

/**
 * The one guarded way into a public read-only route handler that queries the database for any
 * visitor (the directory's results), as `staffRoute` is for the dashboard's and `signingRoute` for
 * the petition forms':
 *
 *   1. only GET and HEAD are exported through it, and the handler gets no body to read;
 *   2. requests per client address (the socket's peer, or what a trusted proxy says:
 *      lib/security/ip.ts) are limited in this process's memory → 429 with Retry-After. In memory
 *      and not in PostgreSQL (lib/rate-limit) on purpose: a limit that wrote a row per keystroke
 *      would cost the database more than the cached answer it guards. Behind several instances a
 *      client gets the limit once per instance, which is still a bound;
 *   3. a refusal the handler returns is JSON `{ error }` (`publicRefusal`), never cached;
 *   4. the database unreachable → 503 with Retry-After, counted by the outage log.
 */

export interface PublicRouteLimit {
  /** Requests per address within `durationSeconds`. */
  points: number;
  durationSeconds: number;
}

/** A JSON refusal: `{ error }` with the status, never cached. */
export function publicRefusal(
  status: 400 | 404 | 429 | 503,
  error: string,
  retryAfterSeconds?: number,
): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  return Response.json({ error }, { status, headers });
}

/** A public GET route handler (see the top of this file). */
export function publicRoute(
  limit: PublicRouteLimit,
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = new RateLimiterMemory({
    points: limit.points,
    duration: limit.durationSeconds,
  });
  return async (request) => {
    const address = clientIpFromHeaders(request.headers);
    try {
      await limiter.consume(address ? hashIp(address) : "unknown");
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return publicRefusal(
        429,
        "Too many requests; try again in a moment.",
        Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
      );
    }
    try {
      return await handler(request);
    } catch (error) {
      if (!isDatabaseUnavailable(error) || isClientAbort(error)) throw error;
      reportDatabaseUnavailable(error);
      return publicRefusal(
        503,
        "The database is unreachable; try again in a moment.",
        DATABASE_RETRY_AFTER_SECONDS,
      );
    }
  };
}
