import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";

const handleLocale = createMiddleware(routing);

/**
 * Locale routing (next-intl) plus a per-request CSP nonce. A convenience layer only: it never
 * decides who may see what (authorisation lives in lib/data).
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = isHttps(request);
  const policy = buildContentSecurityPolicy({
    nonce,
    isDev: env.NODE_ENV === "development",
    upgradeInsecureRequests: https,
  });

  // next-intl copies the request headers into the request it forwards to the page, so headers set
  // here reach the render: Next.js reads the nonce from the CSP request header for its scripts.
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);

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
