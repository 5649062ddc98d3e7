import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { markErrorLogged } from "./console-filter";
import { isJsonLogging, log } from "./log";
import { isClientAbort, reportDatabaseUnavailable } from "./outage-log";
import { REQUEST_ID_HEADER, runWithRequestId } from "./request-id";

/**
 * What Next.js's `onRequestError` hook (instrumentation.ts) does with a request that failed on
 * the server: a database outage is counted (lib/logging/outage-log.ts); any other error is logged
 * once, as one line with the request's id, its method and path (without the query, which may hold
 * a token), the route, and the error's name, message, digest and stack. The digest is what the
 * error page shows as "Error reference": searching the log for it finds this line, and its
 * requestId finds the request's other lines.
 *
 * In development Next.js prints the error itself (with source maps), so only outages are handled.
 */

export interface FailedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FailureContext {
  routerKind?: string;
  routePath?: string;
  routeType?: string;
}

/**
 * Errors logged lately, by request and digest: Next.js reports a render's error twice (the server
 * components' pass and the HTML pass, from two bundled copies of this module: hence globalThis).
 */
const RECENT = Symbol.for("vigil.recently-logged-errors");
const recentlyLogged = ((globalThis as unknown as Record<symbol, Set<string>>)[RECENT] ??=
  new Set<string>());
const RECENT_KEPT = 1000;

function isRepeat(requestId: string | undefined, error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return false;
  const key = `${requestId ?? ""}:${digest}`;
  if (recentlyLogged.has(key)) return true;
  if (recentlyLogged.size >= RECENT_KEPT) recentlyLogged.clear();
  recentlyLogged.add(key);
  return false;
}

export function logRequestError(
  error: unknown,
  request: FailedRequest,
  context: FailureContext = {},
): void {
  const sent = request.headers[REQUEST_ID_HEADER];
  const requestId = Array.isArray(sent) ? sent[0] : sent;
  const record = () => {
    if (isDatabaseUnavailable(error) && !isClientAbort(error)) {
      reportDatabaseUnavailable(error);
      markErrorLogged(error);
      return;
    }
    if (!isJsonLogging() || isRepeat(requestId, error)) return;
    log.error(`${request.method} ${request.path.split("?")[0]} failed`, error, {
      routePath: context.routePath,
      routeType: context.routeType,
    });
    // Next.js prints the same error right after this hook returns (console filter drops it).
    markErrorLogged(error);
  };
  // The hook may run outside the request's async context (after a streamed render); the header
  // the web server set carries the id there.
  if (requestId) runWithRequestId(requestId, record);
  else record();
}
