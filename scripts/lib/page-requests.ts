import type { IncomingMessage, ServerResponse } from "node:http";
import { hasLocale } from "next-intl";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { buildEmbedContentSecurityPolicy, isEmbedPath } from "@/lib/embeds/embed-policy";
import { LOCALE_REQUEST_HEADER, routing, type Locale } from "@/lib/i18n/routing";
import { internalRoutes, localized, publicRoutes } from "@/lib/routes";
import { directoryViewOf } from "@/lib/search/directory-view";
import {
  PUBLIC_FORM_BODY_LIMIT_BYTES,
  STAFF_FORM_BODY_LIMIT_BYTES,
} from "@/lib/security/bounded-body";
import { requestProtocol } from "@/lib/security/client-address";
import { buildContentSecurityPolicy } from "@/lib/security/csp";
import {
  localeOfPath,
  payloadTooLargeResponse,
  payloadTooLargeTextResponse,
} from "@/lib/security/too-large-page";

/**
 * What Vigil's web server does to a request for a page before Next.js sees it: what every page
 * needs and proxy.ts did for each of them before. Next.js running its proxy for a request costs
 * a cached page about as much again as serving it, whatever the proxy does: a cached profile
 * took 0.86–1.03 ms of the server's CPU without it and 1.6–1.8 ms with it, even with a proxy
 * that only returned `NextResponse.next()` (issue 17, measured side by side on one build). So
 * the proxy now runs only where it has work (its matcher): addresses without a locale, the
 * directory's, and the pages rendered per request for signed-in people.
 *
 * Here, for every path but route handlers (/api/, which bound their own bodies and set their own
 * headers) and Next.js's files (/_next/):
 * - refusals: a NUL in the path (400), a page post over its body limit (413, readable);
 * - the Content-Security-Policy (the public one, or the embeds'; proxy.ts replaces it with a
 *   nonce-based one on the pages rendered per request) and, over https,
 *   Strict-Transport-Security;
 * - the page's locale for next-intl, as its middleware would set it;
 * - a document request for a clean directory address is rewritten to its cached page.
 *
 * Nothing here trusts a header the client chose: the protocol is the one the web server decided
 * (lib/security/client-address.ts), and Vigil's own request headers are overwritten or removed.
 */

export interface PageRequestOptions {
  /** Development needs a looser Content-Security-Policy (lib/security/csp.ts). */
  dev: boolean;
}

/** Route handlers and Next.js's own files: none of the rules here are theirs. */
function isPagePath(path: string): boolean {
  return !(path === "/api" || path.startsWith("/api/") || path.startsWith("/_next/"));
}

/**
 * A refusal to send instead of asking Next.js, or null. Call it after `preparePageRequest`, so
 * that a refusal carries the page headers too.
 */
export function refusePageRequest(request: IncomingMessage): Response | null {
  const path = pathOf(request);
  if (!isPagePath(path)) return null;
  // A NUL ("%00") is never part of an address of this site, and PostgreSQL text cannot hold one:
  // a page reading it as a slug failed with a 500 instead of a 404.
  if (/%00/i.test(path)) return new Response("Bad request", { status: 400 });
  return pageBodyRefusal(request, path);
}

/**
 * Server actions are posts to a page, whose body Next.js reads whole before the action runs. The
 * limit: public forms (sign-in, which is Auth.js's only door here, password reset, report an
 * inaccuracy) 32 KB; the dashboard's forms 1 MB (the CSV import's file and its preview), the figure
 * of next.config.js's `serverActions.bodySizeLimit`. Past that limit Next.js itself answers with
 * a 500 error page, so the readable 413 is given here, before a byte is read. A post must declare
 * its length (browsers send it for a form and for a script's action): a chunked body could be any
 * size, and Next.js would read one that never ends forever. Node.js's parser holds a body to its
 * Content-Length, so the header cannot understate it. Any other method gets the dashboard's limit.
 */
function pageBodyRefusal(request: IncomingMessage, path: string): Response | null {
  const declared = request.headers["content-length"]?.trim();
  const length = declared && /^\d+$/.test(declared) ? Number(declared) : null;
  let limitBytes = STAFF_FORM_BODY_LIMIT_BYTES;
  if (request.method === "POST") {
    if (!/^\/[^/]+\/dashboard(?:\/|$)/.test(path)) limitBytes = PUBLIC_FORM_BODY_LIMIT_BYTES;
    if (length !== null && length <= limitBytes) return null;
  } else {
    const chunked = request.headers["transfer-encoding"] !== undefined;
    if (!chunked && (length ?? 0) <= limitBytes) return null;
  }
  const locale = localeOfPath(path);
  // A script's server action (Next-Action header) gets text its client shows as the error.
  if (request.headers["next-action"]) return payloadTooLargeTextResponse({ limitBytes, locale });
  return payloadTooLargeResponse({ limitBytes, locale, backPath: path });
}

/** The two public policies (plain http, https) and the embeds', built once. */
function pagePolicies(dev: boolean) {
  return {
    http: buildContentSecurityPolicy({ isDev: dev, upgradeInsecureRequests: false }),
    https: buildContentSecurityPolicy({ isDev: dev, upgradeInsecureRequests: true }),
    embed: buildEmbedContentSecurityPolicy(),
  };
}

const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Gives a page request its headers and, for a clean directory address, its cached page. Call it
 * after the client's address and protocol are decided (applyClientHeaders).
 */
export function createPageRequestPreparer(options: PageRequestOptions) {
  const policies = pagePolicies(options.dev);
  return function preparePageRequest(request: IncomingMessage, response: ServerResponse): void {
    // Set by proxy.ts for the pages that need it; from anyone else it is the client's invention.
    delete request.headers[REQUEST_PATH_HEADER];
    delete request.headers[LOCALE_REQUEST_HEADER];
    const path = pathOf(request);
    if (!isPagePath(path)) return;
    const https = requestProtocol({ get: (name) => headerValue(request, name) }) === "https";
    // Partner sites frame the embeds (lib/embeds/embed-policy.ts); every other page refuses it.
    const policy = isEmbedPath(path) ? policies.embed : https ? policies.https : policies.http;
    response.setHeader("Content-Security-Policy", policy);
    // Only meaningful over TLS; browsers ignore it on plain http, and a local demo has no TLS.
    if (https) response.setHeader("Strict-Transport-Security", HSTS);
    const locale = path.split("/")[1];
    if (!hasLocale(routing.locales, locale)) return;
    // What next-intl's middleware would tell the page (lib/i18n/routing.ts).
    request.headers[LOCALE_REQUEST_HEADER] = locale;
    const target = directoryTarget(request, locale, path);
    if (target) request.url = target;
  };
}

/** `/en/directory-view/…`: the directory's cached pages, reached only by the rewrite below. */
function isDirectoryViewPath(locale: Locale, path: string): boolean {
  const root = localized(locale, internalRoutes.directoryViewRoot());
  return path === root || path.startsWith(`${root}/`);
}

/**
 * Where a directory request is served, or null to leave it as it is. A direct request for a
 * cached page's own path goes to the site's "not found" page (the locale's catch-all): those
 * paths are not addresses of the site. A GET or HEAD document request of `/{locale}/prisoners`
 * whose query string is the canonical form of its query goes to the cached page of its view
 * (lib/search/directory-view.ts). Next.js's client router's requests (an `RSC` header) are left to
 * proxy.ts, which rewrites them as Next.js's router expects, as it does every other directory
 * address (a redirect to the clean form, or the page rendered per request).
 */
function directoryTarget(request: IncomingMessage, locale: Locale, path: string): string | null {
  if (isDirectoryViewPath(locale, path))
    return localized(locale, internalRoutes.directoryViewRoot());
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.rsc !== undefined) return null;
  if (path !== localized(locale, publicRoutes.prisoners())) return null;
  const query = (request.url ?? "").slice(path.length + 1);
  const view = directoryViewOf(new URLSearchParams(query));
  return view === null ? null : localized(locale, internalRoutes.directoryView(view));
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? "/").split("?")[0]!;
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
