import { Feed } from "feed";
import type { FeedDocumentDto } from "@/lib/feeds/feed-document";
import { localized, publicRoutes } from "@/lib/routes";

/**
 * The feeds' author (RFC 4287 4.1.1: a feed needs an atom:author unless every entry has one):
 * the organisation that publishes the site, under the site's name, which is the same in every
 * locale (Site.name), with its home page in the feed's language.
 */
const ORGANISATION = "Vigil";

/** Text for an Atom element of type "html": plain text, so every markup character is escaped. */
function asHtmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The Atom 1.0 document of a feed, with absolute links against `origin`. Pure: the caller
 * chooses the origin (always the configured public one, lib/feeds/atom-response.ts).
 */
export function renderAtomFeed(document: FeedDocumentDto, origin: string): string {
  const absolute = (path: string) => new URL(path, origin).toString();
  const feed = new Feed({
    id: absolute(document.feedPath),
    title: document.title,
    description: document.subtitle,
    language: document.locale,
    link: absolute(document.pagePath),
    feedLinks: { atom: absolute(document.feedPath) },
    updated: new Date(
      document.entries.reduce(
        (latest, entry) => (entry.updated > latest ? entry.updated : latest),
        "",
      ) || 0,
    ),
    author: { name: ORGANISATION, link: absolute(localized(document.locale, publicRoutes.home())) },
    generator: "Vigil",
  });
  for (const entry of document.entries) {
    feed.addItem({
      id: entry.id,
      title: asHtmlText(entry.title),
      description: entry.summary ? asHtmlText(entry.summary) : undefined,
      link: absolute(entry.path),
      date: new Date(entry.updated),
      published: new Date(entry.published),
    });
  }
  return feed.atom1();
}
