import "server-only";
import { getActor, type SessionActor } from "@/lib/auth/session";
import { mayEver, type Permission } from "@/lib/auth/policy";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ReauthenticationRequiredError,
} from "@/lib/errors";
import { routing, type Locale } from "@/lib/i18n/routing";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { RateLimitedError } from "@/lib/rate-limit";
import {
  STAFF_ROUTE_BODY_LIMIT_BYTES,
  boundRequestBody,
  declaredLengthExceeds,
} from "@/lib/security/bounded-body";
import { isClientAbort, reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { isSameOriginRequest } from "@/lib/security/public-origin";
import { getRequestContext, type RequestContext } from "@/lib/security/request-context";
import { confirmPagePath } from "@/lib/auth/recent-confirmation";

/**
 * The one guarded way into a staff route handler (everything under app/api/dashboard/), as
 * `staffAction` is for server actions and `requireActor` for pages:
 *
 *   1. the session: signed out, disabled, ended or moved on (role change, password reset) → 401;
 *   2. two-step enrolment: an administrator without an authenticator app → 403;
 *   3. the role, through the policy: `mayEver(actor, permission)` before anything is read → 403
 *      (the handler still asks `can()` next to the data, with the item's state);
 *   4. for writes (anything but GET and HEAD), the request's Origin must be the configured public
 *      origin: another site's form or script never acts with a staff member's cookies → 403;
 *   5. the body: over `maxBodyBytes` (default 64 KB) → 413, by its Content-Length before a byte is
 *      read, or while it streams (the handler's parser sees an error at the first byte over, and
 *      the answer is 413 whatever the handler made of that error);
 *   6. the typed errors the handler throws → 401 (re-confirmation needed), 403, 404, 409, 413 and
 *      429 (with Retry-After), each with a JSON body `{ error, code }`. A browser navigation that
 *      needs a re-confirmation is sent to the confirmation page and back instead;
 *   7. the database unreachable (anywhere, the session check included) → 503 with Retry-After,
 *      counted by the outage log (lib/logging/outage-log.ts) instead of a stack per request.
 *
 * A test fails if a route handler under app/api/dashboard/ is exported without this wrapper
 * (tests/unit/staff-route-coverage.test.ts), and the authorisation matrix
 * (tests/integration/authorization-matrix.test.ts) calls every one as each kind of actor.
 *
 *   export const GET = staffRoute(
 *     { permission: { action: "export", type: "auditLog" } },
 *     async ({ request, actor }) => Response.json(await exportAuditLog(actor, ...)),
 *   );
 */

export type RefusalCode =
  | "signed-out"
  | "two-factor-required"
  | "forbidden"
  | "cross-site"
  | "reauthenticate"
  | "not-found"
  | "conflict"
  | "too-large"
  | "rate-limited"
  | "unavailable";

export interface RouteRefusal {
  status: 401 | 403 | 404 | 409 | 413 | 429 | 503;
  code: RefusalCode;
  message: string;
  retryAfterSeconds?: number;
  /** Where to confirm the password again (code "reauthenticate"). */
  reauthenticate?: string;
}

export interface StaffRouteArgs<Params> {
  request: Request;
  actor: SessionActor;
  params: Params;
  context: RequestContext;
}

export interface StaffRouteOptions<Params> {
  /** What the route does; a function of the path's parameters where the type depends on them. */
  permission: Permission | ((params: Params) => Permission | null);
  /**
   * How a refusal is answered; default JSON. A route that a no-JavaScript form posts to answers
   * with a redirect back to the form instead (the media upload).
   */
  refuse?: (refusal: RouteRefusal, request: Request) => Response;
  /**
   * The largest body the route reads (default STAFF_ROUTE_BODY_LIMIT_BYTES, 64 KB): an upload
   * route names its own. Enforced before the handler and while the body streams.
   */
  maxBodyBytes?: number;
}

/** Seconds a client is asked to wait when the database is unreachable (it restarts in a few). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

type RouteSegment<Params> = { params: Promise<Params> };

const MESSAGES: Record<RefusalCode, string> = {
  "signed-out": "Sign in to continue.",
  "two-factor-required": "Set up two-step verification on your account page first.",
  forbidden: "Your role may not do this.",
  "cross-site": "This request did not come from Vigil's own pages.",
  reauthenticate: "Confirm your password again to continue.",
  "not-found": "Not found.",
  conflict: "Someone else changed this item; reload and try again.",
  "too-large": "The request is too large.",
  "rate-limited": "Too many requests; try again later.",
  unavailable: "The database is unreachable; nothing was saved. Try again in a moment.",
};

function refusal(
  status: RouteRefusal["status"],
  code: RefusalCode,
  extra: Partial<RouteRefusal> = {},
): RouteRefusal {
  return { status, code, message: MESSAGES[code], ...extra };
}

/** The default answer: JSON, never cached. */
export function jsonRefusal(refused: RouteRefusal): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (refused.retryAfterSeconds !== undefined) {
    headers["Retry-After"] = String(refused.retryAfterSeconds);
  }
  const body: Record<string, unknown> = { error: refused.message, code: refused.code };
  if (refused.reauthenticate) body.reauthenticate = refused.reauthenticate;
  return Response.json(body, { status: refused.status, headers });
}

/** A browser following a link (not a script): it is sent to a page rather than shown JSON. */
function isNavigation(request: Request): boolean {
  const mode = request.headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return (request.headers.get("accept") ?? "").includes("text/html");
}

function requestLocale(request: Request, actor: SessionActor | null): Locale {
  const locales = routing.locales as readonly string[];
  const asked = new URL(request.url).searchParams.get("locale");
  if (asked && locales.includes(asked)) return asked as Locale;
  if (actor?.locale && locales.includes(actor.locale)) return actor.locale as Locale;
  return routing.defaultLocale;
}

/** Writes must come from the site itself: the Origin header a browser sends names it. */
function isSameOriginWrite(request: Request): boolean {
  return request.method === "GET" || request.method === "HEAD" || isSameOriginRequest(request);
}

function refusalOf(error: unknown, request: Request, actor: SessionActor): RouteRefusal | null {
  if (error instanceof ForbiddenError) return refusal(403, "forbidden");
  if (error instanceof NotFoundError) return refusal(404, "not-found");
  if (error instanceof ConflictError) return refusal(409, "conflict");
  if (error instanceof PayloadTooLargeError) return refusal(413, "too-large");
  if (error instanceof RateLimitedError) {
    return refusal(429, "rate-limited", { retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof ReauthenticationRequiredError) {
    const url = new URL(request.url);
    return refusal(401, "reauthenticate", {
      reauthenticate: confirmPagePath(requestLocale(request, actor), url.pathname + url.search),
    });
  }
  return null;
}

/** A staff route handler (see the top of this file). */
export function staffRoute<Params = Record<string, never>>(
  options: StaffRouteOptions<Params>,
  handler: (args: StaffRouteArgs<Params>) => Promise<Response>,
): (request: Request, segment: RouteSegment<Params>) => Promise<Response> {
  const refuse = options.refuse ?? jsonRefusal;
  const maxBodyBytes = options.maxBodyBytes ?? STAFF_ROUTE_BODY_LIMIT_BYTES;
  const guarded = async (request: Request, segment: RouteSegment<Params>) => {
    const params = (await segment?.params) ?? ({} as Params);
    const actor = await getActor();
    if (!actor) return refuse(refusal(401, "signed-out"), request);
    if (actor.needsTwoFactorEnrolment) return refuse(refusal(403, "two-factor-required"), request);

    const permission =
      typeof options.permission === "function" ? options.permission(params) : options.permission;
    if (!permission) return refuse(refusal(404, "not-found"), request);
    if (!mayEver(actor, permission.action, permission.type)) {
      return refuse(refusal(403, "forbidden"), request);
    }
    if (!isSameOriginWrite(request)) return refuse(refusal(403, "cross-site"), request);
    if (declaredLengthExceeds(request.headers, maxBodyBytes)) {
      // Not read at all; cancelling tells the server to drop the rest of the upload.
      await request.body?.cancel().catch(() => undefined);
      return refuse(refusal(413, "too-large"), request);
    }

    const bounded = boundRequestBody(request, maxBodyBytes);
    try {
      const response = await handler({
        request: bounded.request,
        actor,
        params,
        context: await getRequestContext(),
      });
      return bounded.exceeded() ? refuse(refusal(413, "too-large"), request) : response;
    } catch (error) {
      const refused = bounded.exceeded()
        ? refusal(413, "too-large")
        : refusalOf(error, request, actor);
      if (!refused) throw error;
      if (refused.code === "reauthenticate" && isNavigation(request) && refused.reauthenticate) {
        return new Response(null, {
          status: 303,
          headers: { Location: refused.reauthenticate, "Cache-Control": "no-store" },
        });
      }
      return refuse(refused, request);
    }
  };
  return async (request, segment) => {
    try {
      return await guarded(request, segment);
    } catch (error) {
      // A client that went away mid-body looks like a lost connection too; it is not an outage.
      if (!isDatabaseUnavailable(error) || isClientAbort(error)) throw error;
      reportDatabaseUnavailable(error);
      // JSON even for a route with its own `refuse`: a redirect back to a form could not say
      // that nothing was saved, and the form's page would need the database too.
      return jsonRefusal(
        refusal(503, "unavailable", { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS }),
      );
    }
  };
}
