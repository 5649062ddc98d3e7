import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { internalRoutes, localized, publicRoutes, withQuery } from "@/lib/routes";
import { cleanDirectoryParams, directoryViewOf } from "@/lib/search/directory-view";
import {
  PUBLIC_FORM_BODY_LIMIT_BYTES,
  STAFF_FORM_BODY_LIMIT_BYTES,
} from "@/lib/security/bounded-body";
import { requestProtocol } from "@/lib/security/client-address";
import { publicUrl } from "@/lib/security/public-origin";
import { buildEmbedContentSecurityPolicy, isEmbedPath } from "@/lib/embeds/embed-policy";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";
import {
  localeOfPath,
  payloadTooLargeResponse,
  payloadTooLargeTextResponse,
} from "@/lib/security/too-large-page";

const handleLocale = createMiddleware(routing);

/**
 * Sections rendered per request for signed-in people: they get a nonce-based CSP. Every other
 * page is public and served from the cache (see lib/security/csp.ts for the two profiles).
 */
const PER_REQUEST_SECTIONS = new Set(["dashboard", "sign-in", "invitation", "password-reset"]);

function isPerRequestPage(pathname: string): boolean {
  const [, , section] = pathname.split("/");
  return section !== undefined && PER_REQUEST_SECTIONS.has(section);
}

/**
 * Locale routing (next-intl) plus the Content-Security-Policy. A convenience layer only: it never
 * decides who may see what (authorisation lives in lib/data).
 */
export function proxy(request: NextRequest) {
  // A NUL ("%00") is never part of an address of this site, and PostgreSQL text cannot hold one:
  // a page reading it as a slug failed with a 500 instead of a 404.
  if (/%00/i.test(request.nextUrl.pathname)) {
    return new Response("Bad request", { status: 400 });
  }
  const postLimit = pagePostBodyLimit(request);
  if (postLimit !== null && isOversizedPost(request, postLimit)) {
    const locale = localeOfPath(request.nextUrl.pathname);
    // A script's server action (Next-Action header) gets text its client shows as the error.
    if (request.headers.has("next-action")) {
      return payloadTooLargeTextResponse({ limitBytes: postLimit, locale });
    }
    return payloadTooLargeResponse({
      limitBytes: postLimit,
      locale,
      backPath: request.nextUrl.pathname,
    });
  }
  const https = isHttps(request);
  const nonce = isPerRequestPage(request.nextUrl.pathname) ? createNonce() : undefined;
  const policy = buildContentSecurityPolicy({
    nonce,
    isDev: env.NODE_ENV === "development",
    upgradeInsecureRequests: https,
  });

  if (nonce) {
    // next-intl copies the request headers into the request it forwards to the page, so headers
    // set here reach the render: Next.js reads the nonce from the CSP request header for its scripts.
    request.headers.set("x-nonce", nonce);
    request.headers.set("Content-Security-Policy", policy);
    // Staff pages send signed-out visitors to sign-in and back (lib/auth/session.ts).
    request.headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  }

  // A path with a dot is a file (public/, robots.txt, sitemap.xml, icon.svg, a feed.xml route) or a
  // page whose parameter has one (/en/prisoners/a.b, or the not-found page): next-intl must not
  // redirect it to a locale, so it goes on as it is; it still gets the policy like any page.
  const response = request.nextUrl.pathname.includes(".")
    ? NextResponse.next({ request: { headers: request.headers } })
    : directoryRewrite(request, handleLocale(request));
  // Partner sites frame the embeds (lib/embeds/embed-policy.ts); every other page refuses it.
  response.headers.set(
    "Content-Security-Policy",
    isEmbedPath(request.nextUrl.pathname) ? buildEmbedContentSecurityPolicy() : policy,
  );
  if (https) {
    // Only meaningful over TLS; browsers ignore it on plain http, and a local demo has no TLS.
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

/** `/en/directory-view/…`: the directory's cached pages, reached only through the rewrite below. */
const INTERNAL_PATH = new RegExp(`^/([^/]+)/${internalRoutes.directoryViewSection}/`);

/**
 * The directory's clean addresses are served from cached pages (ISR): a GET or HEAD of
 * `/{locale}/prisoners` whose query string is the canonical form of its query is rewritten to the
 * page of its view (lib/search/directory-view.ts), with the request headers next-intl forwards;
 * a valid query in another form is redirected to its clean address (`cleanDirectoryParams`); any
 * other address goes on to the page rendered per request. A direct request for a cached
 * page's own path finds the site's "not found" page: those paths are not addresses of the site.
 */
function directoryRewrite(request: NextRequest, response: NextResponse): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const internal = INTERNAL_PATH.exec(pathname);
  if (internal) {
    const [, locale] = internal;
    // Not a locale: the locale layout answers 404 by itself.
    if (!hasLocale(routing.locales, locale)) return response;
    // The locale's catch-all ([...rest]) answers 404 with the site's page.
    const notFound = localized(locale, internalRoutes.directoryViewRoot());
    return withForwardedHeaders(NextResponse.rewrite(new URL(notFound, request.url)), response);
  }
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  const directory = /^\/([^/]+)\/prisoners$/.exec(pathname);
  // next-intl lets the request through (x-middleware-next) unless it redirects.
  if (!directory || response.headers.get("x-middleware-next") !== "1") return response;
  const [, locale] = directory;
  if (!hasLocale(routing.locales, locale)) return response;
  const view = directoryViewOf(searchParams);
  if (view === null) {
    const clean = cleanDirectoryParams(searchParams);
    if (clean === null) return response;
    const address = withQuery(localized(locale, publicRoutes.prisoners()), clean);
    // On the configured origin, never the Host the client sent (lib/security/public-origin.ts).
    return NextResponse.redirect(publicUrl(address), 307);
  }
  const target = new URL(localized(locale, internalRoutes.directoryView(view)), request.url);
  return withForwardedHeaders(NextResponse.rewrite(target), response);
}

/**
 * The rewrite with what next-intl's response carries: the request headers it forwards (the
 * locale; the CSP and nonce for staff pages) and its Link header of alternate languages.
 */
function withForwardedHeaders(rewrite: NextResponse, localeResponse: NextResponse): NextResponse {
  localeResponse.headers.forEach((value, name) => {
    if (name !== "x-middleware-next" && name !== "x-middleware-rewrite") {
      rewrite.headers.set(name, value);
    }
  });
  return rewrite;
}

/** As Vigil's web server decided it: X-Forwarded-Proto counts only from a trusted proxy. */
function isHttps(request: NextRequest): boolean {
  return requestProtocol(request.headers) === "https";
}

/**
 * Server actions are POSTs to a page, whose body Next.js reads whole before the action runs. The
 * limit: public forms (sign-in, which is Auth.js's only door here, password reset, report an
 * inaccuracy) 32 KB; the dashboard's forms 1 MB (the CSV import's file and its preview), the
 * figure of next.config.js's `serverActions.bodySizeLimit`. Past that limit Next.js itself answers
 * with a 500 error page, so the readable 413 is given here, before a byte is read. Null for
 * anything but a POST.
 */
function pagePostBodyLimit(request: NextRequest): number | null {
  if (request.method !== "POST") return null;
  return /^\/[^/]+\/dashboard(?:\/|$)/.test(request.nextUrl.pathname)
    ? STAFF_FORM_BODY_LIMIT_BYTES
    : PUBLIC_FORM_BODY_LIMIT_BYTES;
}

/**
 * Over the limit by its Content-Length, or without one (a chunked body could be any size; browsers
 * send the length of a form post and of a script's action). Node.js's parser holds a body to its
 * Content-Length, so the header cannot understate it.
 */
function isOversizedPost(request: NextRequest, limitBytes: number): boolean {
  const declared = request.headers.get("content-length")?.trim();
  if (!declared || !/^\d+$/.test(declared)) return true;
  return Number(declared) > limitBytes;
}

export const config = {
  // Everything except route handlers (they bound their own bodies: lib/security/bounded-body.ts)
  // and Next.js internals. Dotted paths are included so that every page carries the policy.
  matcher: ["/((?!api(?:/|$)|_next/|_vercel/).*)"],
};
