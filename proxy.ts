import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { internalRoutes, localized, publicRoutes, withQuery } from "@/lib/routes";
import { cleanDirectoryParams, directoryViewOf } from "@/lib/search/directory-view";
import { requestProtocol } from "@/lib/security/client-address";
import { publicUrl } from "@/lib/security/public-origin";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";

const handleLocale = createMiddleware(routing);

/**
 * Sections rendered per request for signed-in people: they get a nonce-based CSP. Every other
 * page is public and served from the cache (see lib/security/csp.ts for the two profiles). The
 * matcher below names the same sections.
 */
export const PER_REQUEST_SECTIONS = new Set([
  "dashboard",
  "sign-in",
  "invitation",
  "password-reset",
]);

function isPerRequestPage(pathname: string): boolean {
  const [, , section] = pathname.split("/");
  return section !== undefined && PER_REQUEST_SECTIONS.has(section);
}

/**
 * Locale routing (next-intl), the directory's addresses, and the nonce-based
 * Content-Security-Policy of the pages rendered per request. A convenience layer only: it never
 * decides who may see what (authorisation lives in lib/data). It runs only for the addresses
 * its matcher names: what every page needs (the public policy, body limits, the locale for
 * next-intl) is given by Vigil's web server (scripts/lib/page-requests.ts), because Next.js
 * running a proxy at all doubles what a cached page costs the server.
 */
export function proxy(request: NextRequest) {
  const nonce = isPerRequestPage(request.nextUrl.pathname) ? createNonce() : undefined;
  const policy = nonce
    ? buildContentSecurityPolicy({
        nonce,
        isDev: env.NODE_ENV === "development",
        upgradeInsecureRequests: requestProtocol(request.headers) === "https",
      })
    : undefined;

  if (nonce && policy) {
    // next-intl copies the request headers into the request it forwards to the page, so headers
    // set here reach the render: Next.js reads the nonce from the CSP request header for its
    // scripts.
    request.headers.set("x-nonce", nonce);
    request.headers.set("Content-Security-Policy", policy);
    // Staff pages send signed-out visitors to sign-in and back (lib/auth/session.ts).
    request.headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  }

  // A staff path with a dot (a CSV template) is a file: next-intl must not redirect it, so it goes
  // on as it is, with its policy.
  const response = request.nextUrl.pathname.includes(".")
    ? NextResponse.next({ request: { headers: request.headers } })
    : directoryRewrite(request, handleLocale(request));
  // The web server gave the response the public policy; a page rendered per request gets its own.
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * The directory's clean addresses are served from cached pages (ISR): a GET or HEAD of
 * `/{locale}/prisoners` whose query string is the canonical form of its query is rewritten to the
 * page of its view (lib/search/directory-view.ts), with the request headers next-intl forwards;
 * a valid query in another form is redirected to its clean address (`cleanDirectoryParams`); any
 * other address goes on to the page rendered per request. A document request for a clean address
 * never gets here: the web server rewrites it itself (scripts/lib/page-requests.ts), and this
 * rewrite serves Next.js's client router (RSC requests), which expects its headers.
 */
function directoryRewrite(request: NextRequest, response: NextResponse): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
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

/** The rewrite with the request headers next-intl's response forwards (the locale). */
function withForwardedHeaders(rewrite: NextResponse, localeResponse: NextResponse): NextResponse {
  localeResponse.headers.forEach((value, name) => {
    if (name !== "x-middleware-next" && name !== "x-middleware-rewrite") {
      rewrite.headers.set(name, value);
    }
  });
  return rewrite;
}

/**
 * Where the proxy has work. Next.js needs the matcher as a literal, so the locales and sections
 * are written out here; tests/unit/proxy.test.ts checks them against `routing.locales` and
 * PER_REQUEST_SECTIONS. A locale added without this list still works, only the slower way.
 */
export const config = {
  matcher: [
    // A path that names no locale of the site (next-intl redirects it to one), except route
    // handlers, Next.js's files and files (a dot anywhere: robots.txt, a feed, an image).
    "/((?!api(?:/|$)|_next/|_vercel/|en(?:/|$)|ru(?:/|$))[^.]*)",
    // The directory's addresses: redirects to the clean form, and the client router's rewrites.
    "/:locale(en|ru)/prisoners",
    // The pages rendered per request for signed-in people: their nonce.
    "/:locale(en|ru)/:section(dashboard|sign-in|invitation|password-reset)/:path*",
  ],
};
