import "server-only";
import { isClientAbort, reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import {
  requestLimiter,
  type RequestLimiter,
  type RequestLimitKey,
} from "@/lib/rate-limit/request-limiter";
import { clientIpFromHeaders, hashIp } from "@/lib/security/ip";

/**
 * The one guarded way into a public read-only route handler that queries the database for any
 * visitor (the directory's results), as `staffRoute` is for the dashboard's and `signingRoute` for
 * the petition forms':
 *
 *   1. only GET and HEAD are exported through it, and the handler gets no body to read;
 *   2. requests per client address (the socket's peer, or what a trusted proxy says:
 *      lib/security/ip.ts) are limited by a named entry of REQUEST_LIMITS → 429 with Retry-After.
 *      Counted in the Redis the instances share when there is one, else in this process's memory,
 *      never in PostgreSQL: lib/rate-limit/request-limiter.ts says why;
 *   3. a refusal the handler returns is JSON `{ error }` (`publicRefusal`), never cached;
 *   4. the database unreachable → 503 with Retry-After, counted by the outage log.
 */

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
  limit: RequestLimitKey | RequestLimiter,
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = typeof limit === "string" ? requestLimiter(limit) : limit;
  return async (request) => {
    const address = clientIpFromHeaders(request.headers);
    const verdict = await limiter.count(address ? hashIp(address) : "unknown");
    if (!verdict.allowed) {
      return publicRefusal(
        429,
        "Too many requests; try again in a moment.",
        verdict.retryAfterSeconds,
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
