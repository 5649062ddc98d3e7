import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";

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

  const response = handleLocale(request);
  response.headers.set("Content-Security-Policy", policy);
  if (https) {
    // Only meaningful over TLS; browsers ignore it on plain http, and a local demo has no TLS.
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

export const config = {
  // Everything except route handlers, Next.js internals and files with an extension (public/).
  matcher: ["/((?!api(?:/|$)|_next/|_vercel/|.*\\..*).*)"],
};
