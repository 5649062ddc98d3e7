import "server-only";
import { env } from "@/lib/env";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * What the signing route handlers share: the same-origin check that stands in for a CSRF token
 * (the public pages are cached, so they cannot carry a per-visitor token), the form's locale,
 * and the 303 answer that sends a browser that posted a form on to a page.
 */

/**
 * True when the request's Origin header names this site: the configured public address, or the
 * address the request was sent to (Host, or X-Forwarded-Host behind a proxy). Browsers send Origin
 * with every cross-site POST and with same-site form posts; a request without it is refused.
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  if (env.VIGIL_PUBLIC_URL && origin === new URL(env.VIGIL_PUBLIC_URL).origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // Not a URL: not this site.
  }
}

/** The origin the request came to, for links when VIGIL_PUBLIC_URL is not set (development). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

export function formLocale(formData: FormData): Locale {
  const value = formData.get("locale");
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}

/** 303 See Other to a path of this site: the browser follows it with a GET. */
export function seeOther(path: string, headers?: HeadersInit): Response {
  const response = new Response(null, { status: 303, headers });
  response.headers.set("Location", path);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** The form data of a urlencoded or multipart POST, or null for any other body. */
export async function readForm(request: Request): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (
    !type.startsWith("application/x-www-form-urlencoded") &&
    !type.startsWith("multipart/form-data")
  ) {
    return null;
  }
  try {
    return await request.formData();
  } catch {
    return null; // A malformed body is a bad request, answered by the caller.
  }
}

export function letterPath(locale: Locale, slug: string, sub = ""): string {
  return `/${locale}/letters/${encodeURIComponent(slug)}${sub}`;
}
