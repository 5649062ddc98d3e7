import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

/**
 * `alternates.types` for a page's metadata: the <link rel="alternate"> through which browsers and
 * feed readers find the page's Atom feed.
 */
function atomAlternate(locale: Locale, feedPath: string, title: string) {
  return { "application/atom+xml": [{ url: localized(locale, feedPath), title }] };
}

/** The site-wide feed of news, reports and statements. */
export function publicationsFeedAlternate(locale: Locale, title: string) {
  return atomAlternate(locale, publicRoutes.feed(), title);
}

/** The feed of one prisoner's updates. */
export function prisonerFeedAlternate(locale: Locale, slug: string, title: string) {
  return atomAlternate(locale, publicRoutes.prisonerFeed(slug), title);
}
