import { Feed } from "feed";
import type { FeedDocumentDto } from "@/lib/feeds/feed-document";

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
