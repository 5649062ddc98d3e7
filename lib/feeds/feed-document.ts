import type { Locale } from "@/lib/i18n/routing";

/**
 * A feed as lib/data reads it: titles already in the feed's language, paths with their locale but
 * without the origin, which lib/feeds/atom.ts adds when it writes the document.
 */

export interface FeedEntryDto {
  /** A stable, unique id (a URN: it survives a change of domain). */
  id: string;
  title: string;
  summary: string | null;
  /** Path of the entry's page, with its locale. */
  path: string;
  /** ISO date-time the entry bears. */
  published: string;
  /** ISO date-time of its last change. */
  updated: string;
}

export interface FeedDocumentDto {
  title: string;
  subtitle: string;
  locale: Locale;
  /** Path of the page the feed belongs to, with its locale. */
  pagePath: string;
  /** Path of the feed itself, with its locale. */
  feedPath: string;
  entries: FeedEntryDto[];
}
