import type { Locale } from "@/lib/i18n/routing";

/**
 * Where the sign-in flow sends people. Paths are locale-prefixed (routing uses
 * `localePrefix: "always"`), built here so that redirects and links agree.
 */

/** The request header in which proxy.ts passes the path of a per-request page to the render. */
export const REQUEST_PATH_HEADER = "x-vigil-path";

export function dashboardPath(locale: Locale): string {
  return `/${locale}/dashboard`;
}

/** An administrator without an authenticator app is sent here before anything else. */
export function twoFactorEnrolmentPath(locale: Locale): string {
  return `/${locale}/dashboard/account/two-factor`;
}

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

export function signInPath(locale: Locale, callbackUrl?: string | null): string {
  const callback = safeCallbackPath(callbackUrl);
  const query = callback ? `?${new URLSearchParams({ callbackUrl: callback })}` : "";
  return `/${locale}/sign-in${query}`;
}

/** Where a sensitive request sends its actor to type their password again (see below). */
export const CONFIRM_PAGE_SEGMENT = "dashboard/confirm";

/**
 * The "confirm it is you" page, coming back to `nextPath` afterwards. `nextPath` is kept only
 * when it is a path on this site (same rule as sign-in callbacks: no open redirect).
 */
export function confirmPagePath(locale: Locale, nextPath?: string | null): string {
  const next = safeCallbackPath(nextPath);
  const query = next ? `?${new URLSearchParams({ next })}` : "";
  return `/${locale}/${CONFIRM_PAGE_SEGMENT}${query}`;
}
