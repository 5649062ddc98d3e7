import "server-only";
import { isClientAbort, reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import {
  requestLimiter,
  type RequestLimiter,
  type RequestLimitKey,
  type RequestVerdict,
} from "@/lib/rate-limit/request-limiter";
import { clientIpFromHeaders, hashIp } from "@/lib/security/ip";

/**
 * The one guarded way into a public read-only route handler that queries the database for any
 * visitor (the directory's results), as `staffRoute` is for the dashboard's and `signingRoute` for
 * the petition forms':
 *
 *   1. only GET and HEAD are exported through it, and the handler gets no body to read;
 *   2. requests per client address (the socket's peer, or what a trusted proxy says:
 *      lib/security/ip.ts) are limited by a named entry of REQUEST_LIMITS → 429 with Retry-After;
 *      every answer, refused or not, says the quota in RateLimit-Limit, RateLimit-Remaining and
 *      RateLimit-Reset (seconds), as the IETF draft "RateLimit header fields for HTTP" names them,
 *      so that a script can slow down before it is refused.
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

/**
 * A public GET route handler (see the top of this file). `context` is what Next.js passes a
 * dynamic route (its `params`), handed on as it is; optional so that tests of a static route can
 * call it with the request alone.
 */
export function publicRoute<Context = unknown>(
  limit: RequestLimitKey | RequestLimiter,
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context?: Context) => Promise<Response> {
  const limiter = typeof limit === "string" ? requestLimiter(limit) : limit;
  return async (request, context) => {
    const address = clientIpFromHeaders(request.headers);
    const verdict = await limiter.count(address ? hashIp(address) : "unknown");
    const answer = verdict.allowed
      ? await answerOrOutage(() => handler(request, context as Context))
      : publicRefusal(429, "Too many requests; try again in a moment.", verdict.retryAfterSeconds);
    return withQuota(answer, verdict);
  };
}

async function answerOrOutage(answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (!isDatabaseUnavailable(error) || isClientAbort(error)) throw error;
    reportDatabaseUnavailable(error);
    return publicRefusal(
      503,
      "The database is unreachable; try again in a moment.",
      DATABASE_RETRY_AFTER_SECONDS,
    );
  }
}

/** Our handlers' answers are made here (Response.json, new Response): their headers are mutable. */
function withQuota(answer: Response, verdict: RequestVerdict): Response {
  answer.headers.set("RateLimit-Limit", String(verdict.limit));
  answer.headers.set("RateLimit-Remaining", String(verdict.remaining));
  answer.headers.set("RateLimit-Reset", String(verdict.resetSeconds));
  return answer;
}
