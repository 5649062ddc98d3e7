import type { Locale } from "@/lib/i18n/routing";
import { publicRefusal, publicRoute } from "@/lib/security/public-route";
import { apiLocale } from "./api-locale";

/**
 * The one way into an /api/v1 route handler: lib/security/public-route.ts's guard (GET only, the
 * "api-ip" limit per client address with RateLimit-* headers and 429 + Retry-After, 503 when the
 * database is away), with CORS open to every origin on every answer, refusals included, so that
 * a researcher's notebook or a newsroom's page in a browser can read the data and its errors.
 *
 * Open CORS costs nothing here: the API is read-only, needs no credentials and sends none (no
 * cookie is read or set), so another site can learn nothing through a visitor's browser that it
 * could not fetch itself.
 *
 * It also reads the locale of the answer's localised fields once for every route (`?locale=`,
 * else Accept-Language, else English: api-locale.ts) and refuses an unknown `?locale=` with 400,
 * so that no route forgets to, and hands it to the handler with the parsed URL.
 */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

/** What apiRoute has read from the request for the handler. */
export interface ApiCall {
  url: URL;
  locale: Locale;
}

export function apiRoute<Context = unknown>(
  handler: (request: Request, call: ApiCall, context: Context) => Promise<Response>,
): (request: Request, context?: Context) => Promise<Response> {
  const guarded = publicRoute<Context>("api-ip", async (request, context) => {
    const url = new URL(request.url);
    const locale = apiLocale(
      url.searchParams.get("locale"),
      request.headers.get("accept-language"),
    );
    if (!locale.ok) return publicRefusal(400, locale.error);
    return handler(request, { url, locale: locale.locale }, context);
  });
  return async (request, context) => {
    const answer = await guarded(request, context);
    for (const [name, value] of Object.entries(CORS_HEADERS)) answer.headers.set(name, value);
    return answer;
  };
}

/**
 * The answer to a CORS preflight (OPTIONS): a browser sends one before a GET with headers of its
 * own (If-None-Match, Accept-Language are "simple", but a client may add others). Not counted
 * against the limit: it touches nothing and says only what this constant says.
 */
export async function apiPreflight(): Promise<Response> {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept-Language, If-None-Match, Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}
