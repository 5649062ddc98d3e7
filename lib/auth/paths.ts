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

/**
 * A callback address is followed only when it is a path on this site: "/en/dashboard" yes,
 * "//evil.example" or "https://evil.example" no (an open redirect would help phishing).
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  return value;
}

export function signInPath(locale: Locale, callbackUrl?: string | null): string {
  const callback = safeCallbackPath(callbackUrl);
  const query = callback ? `?${new URLSearchParams({ callbackUrl: callback })}` : "";
  return `/${locale}/sign-in${query}`;
}
