import type { Locale } from "@/lib/i18n/routing";
import { authRoutes, dashboardRoutes, localized, withQuery } from "@/lib/routes";

/**
 * Where the sign-in flow sends people, with the address to come back to afterwards when it is
 * one of this site's (the paths themselves come from lib/routes.ts).
 */

/** The request header in which proxy.ts passes the path of a per-request page to the render. */
export const REQUEST_PATH_HEADER = "x-vigil-path";

/** A placeholder origin to resolve paths against (never requested). */
const LOCAL_ORIGIN = "https://vigil.invalid";

/**
 * A callback address is followed only when it is a path on this site: "/en/dashboard" yes,
 * "//evil.example" or "https://evil.example" no (an open redirect would help phishing).
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  // Parsed the way a browser will follow it: browsers drop tabs and newlines and read a backslash
  // as "/", so "/<tab>/evil.example" would become "//evil.example". Only a result on our own origin
  // passes, and its normalised form is what is returned.
  let url: URL;
  try {
    url = new URL(value, LOCAL_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== LOCAL_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, coming back to `callbackUrl` afterwards when it is a path on this site. */
export function signInPath(locale: Locale, callbackUrl?: string | null): string {
  const callback = safeCallbackPath(callbackUrl);
  return localized(locale, withQuery(authRoutes.signIn(), { callbackUrl: callback }));
}

/**
 * The "confirm it is you" page, coming back to `nextPath` afterwards. `nextPath` is kept only
 * when it is a path on this site (same rule as sign-in callbacks: no open redirect).
 */
export function confirmPagePath(locale: Locale, nextPath?: string | null): string {
  const next = safeCallbackPath(nextPath);
  return localized(locale, withQuery(dashboardRoutes.confirm(), { next }));
}
