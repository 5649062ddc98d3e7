import { hasLocale } from "next-intl";
import { sitemapSections, type SitemapSection } from "@/lib/data/sitemap-pages";
import { routing, type Locale } from "@/lib/i18n/routing";

/** One sitemap file: a section's pages in one locale, the `page`th run of chunks (from 1). */
export interface SitemapFileRef {
  section: SitemapSection;
  locale: Locale;
  page: number;
}

/** "prisoners-en-1.xml". */
export function sitemapFileName(file: SitemapFileRef): string {
  return `${file.section}-${file.locale}-${file.page}.xml`;
}

const FILE_NAME = /^([a-z]+)-([a-z]+)-([1-9][0-9]{0,5})\.xml$/;

/** The file a name stands for, or null for a name this site never gives out. */
export function parseSitemapFileName(name: string): SitemapFileRef | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const [, section, locale, page] = match;
  if (!sitemapSections.includes(section as SitemapSection)) return null;
  if (!hasLocale(routing.locales, locale)) return null;
  return { section: section as SitemapSection, locale, page: Number(page) };
}
