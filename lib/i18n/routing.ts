import { defineRouting } from "next-intl/routing";

/**
 * The one list of locales. Adding a locale means adding it here and a messages file next to
 * en.json; routes, the locale switch, hreflang links and metadata follow from this list.
 */
export const routing = defineRouting({
  locales: ["en", "ru"],
  // English is also the fallback of localised database content (see localized-text.ts).
  defaultLocale: "en",
  localePrefix: "always",
  // Every path names its locale, so no cookie is needed to remember it: without one, a public
  // page is the same answer for every visitor, which nginx's micro-cache (deploy/nginx.conf) and
  // any shared cache can keep, and a visitor's browser gets no cookie from reading a page.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/**
 * Dates in the database are calendar dates (arrest, publication): formatted in UTC they keep the
 * day the editor entered, whatever the server's or reader's time zone.
 */
export const TIME_ZONE = "UTC";

/** A stored or submitted value as a locale of the site, or the default locale for anything else. */
export function knownLocaleOr(value: unknown, fallback: Locale = routing.defaultLocale): Locale {
  return routing.locales.find((locale) => locale === value) ?? fallback;
}
