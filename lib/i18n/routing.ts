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
  // No Link header of alternates: next-intl builds it on the Host the client sent, and the pages'
  // own hreflang links (lib/i18n/metadata.ts) and the sitemap name them on the configured origin.
  alternateLinks: false,
});

/**
 * The request header next-intl's middleware sets to the locale of a path that names one, and its
 * server functions read where no `setRequestLocale` ran first (a server action, metadata). Vigil's
 * web server sets it for the pages proxy.ts does not run for (scripts/lib/page-requests.ts). The
 * name is next-intl's (`HEADER_LOCALE_NAME`, not exported); tests/unit/page-requests.test.ts
 * checks that its middleware still sets this one.
 */
export const LOCALE_REQUEST_HEADER = "x-next-intl-locale";

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
