import "server-only";
import { prisma } from "@/lib/db";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { countryVisiblePrisonerWhere } from "@/lib/data/countries";
import { publicLetterWhere } from "@/lib/data/letters";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publishedPublicationWhere } from "@/lib/data/publications";
import { publicRoutes } from "@/lib/routes";

/**
 * The public pages the sitemap lists (lib/sitemap), read section by section in chunks: keyset
 * pages in the order of a unique, indexed key (a slug, a country code), never OFFSET, with only
 * the key and the date of the last change. The visibility rules are the public pages' own
 * (`publishedPrisonerWhere` and its siblings), so a draft or withdrawn profile is never listed.
 */

export const sitemapSections = [
  "pages",
  "prisoners",
  "publications",
  "letters",
  "countries",
] as const;
export type SitemapSection = (typeof sitemapSections)[number];

export interface SitemapPageDto {
  /** Path without the locale. */
  path: string;
  /** ISO date-time of the last change, when known. */
  lastModified: string | null;
}

/** A keyset page of a section: the rows whose key is `first` or after, up to the next chunk's. */
export interface SitemapChunkDto {
  first: string;
  /** The newest change among the chunk's rows (null for pages without database content). */
  lastModified: string | null;
  rows: number;
}

/** Pages without database content. */
const STATIC_PATHS = [
  publicRoutes.home(),
  publicRoutes.prisoners(),
  publicRoutes.countries(),
  publicRoutes.statistics(),
  publicRoutes.letters(),
  publicRoutes.news(),
  publicRoutes.reports(),
  publicRoutes.about(),
  publicRoutes.privacy(),
  publicRoutes.data(),
].toSorted();

/** Where a read starts: after a key (walking the chunks), or from one key up to another. */
type KeyRange = { after: string | null } | { from: string; before: string | null };

interface KeyedPage {
  key: string;
  path: string;
  updatedAt: Date | null;
}

interface SectionReader {
  /** The tags of the content the section shows (lib/data/cache.ts). */
  tags: string[];
  /** Up to `take` rows of the range, in key order. */
  read: (range: KeyRange, take: number) => Promise<KeyedPage[]>;
}

function keyWhere(range: KeyRange): { gt: string } | { gte: string; lt?: string } | undefined {
  if ("after" in range) return range.after === null ? undefined : { gt: range.after };
  return range.before === null ? { gte: range.from } : { gte: range.from, lt: range.before };
}

/** `keyWhere` for a list in memory (code-unit order, as `toSorted` sorts it). */
function inRange(key: string, range: KeyRange): boolean {
  if ("after" in range) return range.after === null || key > range.after;
  return key >= range.from && (range.before === null || key < range.before);
}

const readers: Record<SitemapSection, SectionReader> = {
  pages: {
    tags: [],
    read: async (range, take) =>
      STATIC_PATHS.filter((path) => inRange(path, range))
        .slice(0, take)
        .map((path) => ({ key: path, path, updatedAt: null })),
  },
  prisoners: {
    tags: [cacheTags.prisoners],
    read: async (range, take) => {
      const rows = await prisma.prisoner.findMany({
        where: { ...publishedPrisonerWhere, slug: keyWhere(range) },
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
        take,
      });
      return rows.map((row) => ({
        key: row.slug,
        path: publicRoutes.prisoner(row.slug),
        updatedAt: row.updatedAt,
      }));
    },
  },
  publications: {
    tags: [cacheTags.publications],
    read: async (range, take) => {
      const rows = await prisma.publication.findMany({
        where: { ...publishedPublicationWhere, slug: keyWhere(range) },
        select: { slug: true, type: true, updatedAt: true },
        orderBy: { slug: "asc" },
        take,
      });
      return rows.map((row) => ({
        key: row.slug,
        path: publicRoutes.publication(row),
        updatedAt: row.updatedAt,
      }));
    },
  },
  letters: {
    tags: [cacheTags.letters],
    read: async (range, take) => {
      const rows = await prisma.letter.findMany({
        where: { ...publicLetterWhere, slug: keyWhere(range) },
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
        take,
      });
      return rows.map((row) => ({
        key: row.slug,
        path: publicRoutes.letter(row.slug),
        updatedAt: row.updatedAt,
      }));
    },
  },
  countries: {
    // A country has a page while one of its profiles is visible in the index.
    tags: [cacheTags.countries, cacheTags.prisoners],
    read: async (range, take) => {
      const rows = await prisma.prisoner.groupBy({
        by: ["countryCode"],
        where: { ...countryVisiblePrisonerWhere, countryCode: keyWhere(range) },
        _max: { updatedAt: true },
        orderBy: { countryCode: "asc" },
        take,
      });
      return rows.map((row) => ({
        key: row.countryCode,
        path: publicRoutes.country(row.countryCode),
        updatedAt: row._max.updatedAt,
      }));
    },
  },
};

function newest(rows: KeyedPage[]): string | null {
  let latest: Date | null = null;
  for (const row of rows)
    if (row.updatedAt && (!latest || row.updatedAt > latest)) latest = row.updatedAt;
  return latest?.toISOString() ?? null;
}

/**
 * The chunks of a section, `rowsPerChunk` rows each (the last one fewer): where each starts and
 * its newest change. Walks the section once, one keyset page at a time, keeping one page.
 */
export const listSitemapChunks = cachedRead(
  "feeds.sitemap-chunks",
  async (section: SitemapSection, rowsPerChunk: number): Promise<SitemapChunkDto[]> => {
    const chunks: SitemapChunkDto[] = [];
    let after: string | null = null;
    for (;;) {
      const rows = await readers[section].read({ after }, rowsPerChunk);
      if (rows.length === 0) break;
      chunks.push({ first: rows[0]!.key, lastModified: newest(rows), rows: rows.length });
      if (rows.length < rowsPerChunk) break;
      after = rows.at(-1)!.key;
    }
    return chunks;
  },
  (section) => readers[section].tags,
);

/**
 * The pages of one chunk: keys from `first` up to (not including) `before`, the next chunk's
 * first key, at most `rowsPerChunk` of them, so that chunks never overlap even when rows were
 * added since they were counted (both reads carry the same tags and are refreshed together).
 * A chunk is cached on its own: 10,000 rows stay under the data cache's 2 MB per entry.
 */
export const listSitemapChunkPages = cachedRead(
  "feeds.sitemap-chunk",
  async (
    section: SitemapSection,
    first: string,
    before: string | null,
    rowsPerChunk: number,
  ): Promise<SitemapPageDto[]> => {
    const rows = await readers[section].read({ from: first, before }, rowsPerChunk);
    return rows.map((row) => ({
      path: row.path,
      lastModified: row.updatedAt?.toISOString() ?? null,
    }));
  },
  (section) => readers[section].tags,
);
