import type { SitemapPageDto } from "@/lib/data/sitemap-pages";
import { localized } from "@/lib/routes";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The sitemap protocol's XML (https://www.sitemaps.org/protocol.html), written as strings: a file
 * of 50,000 addresses is about 19 MB of text, which an object tree per entry (what Next.js's
 * `MetadataRoute.Sitemap` builds) made 8 s to serve. Each chunk of entries is rendered on its own
 * so that a response can be streamed a chunk at a time.
 */

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export const URLSET_OPEN =
  XML_DECLARATION +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
export const URLSET_CLOSE = "</urlset>\n";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text or attribute content; the paths are percent-encoded already, this is the last guard. */
function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/**
 * The `<url>` entries of some pages in one locale, each with its translations as hreflang
 * alternates (Google's form: every alternate, itself included). `origin` has no trailing slash;
 * the paths are built and percent-encoded by lib/routes.ts, so plain concatenation is the URL.
 */
export function renderUrlEntries(
  pages: SitemapPageDto[],
  locale: Locale,
  locales: readonly Locale[],
  origin: string,
): string {
  const parts: string[] = [];
  for (const page of pages) {
    parts.push(`<url><loc>${escapeXml(origin + localized(locale, page.path))}</loc>`);
    if (page.lastModified) parts.push(`<lastmod>${escapeXml(page.lastModified)}</lastmod>`);
    for (const alternate of locales) {
      const href = escapeXml(origin + localized(alternate, page.path));
      parts.push(`<xhtml:link rel="alternate" hreflang="${alternate}" href="${href}"/>`);
    }
    parts.push("</url>\n");
  }
  return parts.join("");
}

export interface SitemapIndexEntry {
  /** Absolute URL of the file. */
  url: string;
  /** ISO date-time of the newest change among the file's pages, when known. */
  lastModified: string | null;
}

/** A sitemap index (https://www.sitemaps.org/protocol.html#index). */
export function renderSitemapIndex(entries: SitemapIndexEntry[]): string {
  const parts = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
  ];
  for (const entry of entries) {
    parts.push(`<sitemap><loc>${escapeXml(entry.url)}</loc>`);
    if (entry.lastModified) parts.push(`<lastmod>${escapeXml(entry.lastModified)}</lastmod>`);
    parts.push("</sitemap>\n");
  }
  parts.push("</sitemapindex>\n");
  return parts.join("");
}
