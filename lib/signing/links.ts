import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Absolute links for signing e-mails. VIGIL_PUBLIC_URL when configured (it must be in
 * production: the Host header of a request is chosen by the client, and a forged one would
 * otherwise put a foreign address into the e-mails); else the origin the request came to.
 */
export function publicOrigin(requestOrigin: string): string {
  return (env.VIGIL_PUBLIC_URL ?? requestOrigin).replace(/\/+$/, "");
}

export function letterUrl(origin: string, locale: Locale, slug: string): string {
  return `${origin}/${locale}/letters/${encodeURIComponent(slug)}`;
}

export function confirmUrl(origin: string, locale: Locale, slug: string, token: string): string {
  return `${letterUrl(origin, locale, slug)}/confirm/${token}`;
}

export function withdrawUrl(origin: string, locale: Locale, slug: string, token: string): string {
  return `${letterUrl(origin, locale, slug)}/withdraw/${token}`;
}
