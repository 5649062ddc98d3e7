import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

/**
 * Absolute links for signing e-mails, on `origin`: always publicOrigin()
 * (lib/security/public-origin.ts), never the origin a request came to, whose Host header the
 * client chooses: a forged one would carry a signer's confirm and withdraw tokens to another site.
 */

export function letterUrl(origin: string, locale: Locale, slug: string): string {
  return `${origin}${localized(locale, publicRoutes.letter(slug))}`;
}

export function confirmUrl(origin: string, locale: Locale, slug: string, token: string): string {
  return `${origin}${localized(locale, publicRoutes.letterConfirm(slug, token))}`;
}

export function withdrawUrl(origin: string, locale: Locale, slug: string, token: string): string {
  return `${origin}${localized(locale, publicRoutes.letterWithdraw(slug, token))}`;
}
