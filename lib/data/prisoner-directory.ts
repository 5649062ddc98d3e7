import "server-only";
import { prisma } from "@/lib/db";
import {
  Prisma,
  type DatePrecision,
  type PrismaClient,
  type PrisonerStatus,
} from "@/lib/generated/prisma/client";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { isDetainedStatus } from "@/lib/content-model/prisoner-status";
import { resolveLocalizedText, resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import { apiRoutes } from "@/lib/routes";
import { mediaFilename } from "@/lib/storage/media-files";
import type { ResolvedText } from "@/lib/i18n/resolved-text";
import { routing, type Locale } from "@/lib/i18n/routing";
import {
  directoryOrderBy,
  directoryWhere,
  matchRank,
  type NameMatchMode,
} from "@/lib/search/prisoner-search";
import { directoryCacheKey } from "@/lib/search/directory-cache-key";
import { hasDirectoryFilters, type DirectoryQuery } from "@/lib/search/directory-params";

/**
 * Profiles per directory page (issue 17's "page of 20", under 40 KB of HTML; the JSON route,
 * the pagination and the cached pages all page by it). The last row of the three-column grid
 * holds two.
 */
export const DIRECTORY_PAGE_SIZE = 20;

export type DirectoryMatch = "exact" | "prefix" | "similar";

export interface DirectoryPrisonerDto {
  slug: string;
  /** The display name in the page's language (or its fallback). */
  name: ResolvedText;
  /** The display name in another language when it is spelt differently ("Мухтар Джакишев"). */
  otherName: { text: string; lang: Locale } | null;
  /** Null when withheld on the profile. */
  status: PrisonerStatus | null;
  country: { code: string; name: ResolvedText } | null;
  /** The profile photo's smallest copy, unless withheld; decorative next to the name. */
  thumbnail: string | null;
  arrestedOn: CalendarDate | null;
  /** Start of the current deprivation of liberty (arrest, else status date), when detained. */
  detainedSince: CalendarDate | null;
  /** How the name matched the search; null without a search. */
  match: DirectoryMatch | null;
}

export interface DirectoryResultDto {
  items: DirectoryPrisonerDto[];
  /** Every match, over all pages. */
  total: number;
  /** The page shown: the one asked for, or the last one when it asked for more. */
  page: number;
  pageCount: number;
  /** True when no name matched word for word and the items are similar spellings (typos). */
  similarOnly: boolean;
  /**
   * When a search found nobody: the display name of the closest published name under the same
   * filters, for "Did you mean …?". Null otherwise.
   */
  suggestion: string | null;
}

export interface DirectoryRow {
  slug: string;
  name: unknown;
  status: PrisonerStatus;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
  arrestedOn: Date | null;
  arrestedOnPrecision: DatePrecision;
  redactedFields: string[] | null;
  photoId: string | null;
  photoMimeType: string | null;
  photoFilename: string | null;
  countryCode: string;
  countryName: unknown;
  rank: number | null;
  /** Every match of the query, when asked for (searches). */
  total?: number;
}

const MATCHES: Record<number, DirectoryMatch> = { 0: "exact", 1: "prefix", 2: "similar" };

function otherNameOf(name: unknown, shown: ResolvedText): DirectoryPrisonerDto["otherName"] {
  for (const locale of routing.locales) {
    if (locale === shown.lang) continue;
    const other = resolveLocalizedText(name, locale);
    if (other && !other.isFallback && other.text !== shown.text) {
      return { text: other.text, lang: other.lang };
    }
  }
  return null;
}

/** Width of the photo copy a card asks for (the smallest the uploads make, VARIANT_WIDTHS). */
const THUMBNAIL_WIDTH = 320;

function thumbnailOf(row: DirectoryRow): string | null {
  if (!row.photoId || !row.photoMimeType) return null;
  const filename = mediaFilename({
    id: row.photoId,
    kind: "IMAGE",
    mimeType: row.photoMimeType,
    originalFilename: row.photoFilename,
  });
  return `${apiRoutes.mediaFile(row.photoId, filename)}?w=${THUMBNAIL_WIDTH}`;
}

export function toDirectoryPrisoner(row: DirectoryRow, locale: Locale): DirectoryPrisonerDto {
  const redacted = new Set(row.redactedFields ?? []);
  const hidden = (...fields: string[]) => fields.some((field) => redacted.has(field));
  const name = resolveLocalizedTextOr(row.name, locale, row.slug);
  const status = hidden("status") ? null : row.status;
  const arrestedOn = hidden("arrestedOn")
    ? null
    : toCalendarDate(row.arrestedOn, row.arrestedOnPrecision);
  const statusSince = hidden("statusSince")
    ? null
    : toCalendarDate(row.statusSince, row.statusSincePrecision);
  const detained = status !== null && isDetainedStatus(status);
  return {
    slug: row.slug,
    name,
    otherName: otherNameOf(row.name, name),
    status,
    country: hidden("country", "countryCode")
      ? null
      : {
          code: row.countryCode,
          name: resolveLocalizedTextOr(row.countryName, locale, row.countryCode),
        },
    thumbnail: hidden("photo", "photoId") ? null : thumbnailOf(row),
    arrestedOn,
    detainedSince: detained ? (arrestedOn ?? statusSince) : null,
    match: row.rank === null ? null : (MATCHES[row.rank] ?? null),
  };
}

type SearchMode = Exclude<NameMatchMode, "none">;

async function findPage(
  db: PrismaClient,
  query: DirectoryQuery,
  mode: SearchMode,
  page: number,
  options: { withTotal: boolean },
): Promise<DirectoryRow[]> {
  const rank = query.q ? matchRank(query.q, mode) : Prisma.sql`NULL::int`;
  const total = options.withTotal ? Prisma.sql`, count(*) OVER ()::int AS total` : Prisma.empty;
  return db.$queryRaw<DirectoryRow[]>`
    SELECT p.slug, p.name, p.status, p."statusSince", p."statusSincePrecision",
      p."arrestedOn", p."arrestedOnPrecision", p."redactedFields",
      p."countryCode", c.name AS "countryName", m.id AS "photoId", m."mimeType" AS "photoMimeType",
      m."originalFilename" AS "photoFilename", ${rank} AS rank ${total}
    FROM "Prisoner" AS p
    JOIN "Country" AS c ON c.code = p."countryCode"
    LEFT JOIN "MediaAsset" AS m ON m.id = p."photoId" AND m.kind = 'IMAGE'
    WHERE ${directoryWhere(query, mode)}
    ORDER BY ${directoryOrderBy(query, mode)}
    LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}`;
}

async function countMatches(
  db: PrismaClient,
  query: DirectoryQuery,
  mode: SearchMode,
): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Prisoner" AS p WHERE ${directoryWhere(query, mode)}`;
  return row?.total ?? 0;
}

/**
 * The closest name to a search that found nobody, under the same filters, in one statement: the
 * candidates come closest first from vigil_suggestion_candidates (migration 20261206080000),
 * which matches at the suggestion's lower similarity threshold (0.4, the search needs 0.6)
 * through the trigram index without changing this connection's setting.
 */
async function findSuggestion(
  db: PrismaClient,
  query: DirectoryQuery,
  locale: Locale,
): Promise<string | null> {
  const rows = await db.$queryRaw<{ slug: string; name: unknown }[]>`
    SELECT p.slug, p.name
    FROM unnest(vigil_suggestion_candidates(
      vigil_search_text(${query.q}), vigil_search_key(vigil_search_text(${query.q}))
    )) WITH ORDINALITY AS candidate (id, closeness)
    JOIN "Prisoner" AS p ON p.id = candidate.id
    WHERE ${directoryWhere(query, "none")}
    ORDER BY candidate.closeness
    LIMIT 1`;
  const row = rows[0];
  return row ? resolveLocalizedTextOr(row.name, locale, row.slug).text : null;
}

/**
 * One page and the total of a query in one matching mode.
 *
 * A search sorts every person it matches (by rank) before it can cut a page, so the total comes
 * with the page at no extra cost (a window count in the same query). A plain listing walks an
 * index and stops after one page; its total is a separate count, run alongside, that the filter
 * index answers without reading the table.
 */
async function findMatches(
  db: PrismaClient,
  query: DirectoryQuery,
  mode: SearchMode,
): Promise<{ rows: DirectoryRow[]; total: number; page: number; pageCount: number }> {
  const requested = Math.max(1, query.page);
  const withTotal = Boolean(query.q);
  let rows: DirectoryRow[];
  let total: number;
  if (withTotal) {
    rows = await findPage(db, query, mode, requested, { withTotal });
    total = rows[0]?.total ?? (requested > 1 ? await countMatches(db, query, mode) : 0);
  } else {
    [rows, total] = await Promise.all([
      findPage(db, query, mode, requested, { withTotal }),
      countMatches(db, query, mode),
    ]);
  }
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  // A shared link to a page past the end (the list got shorter since) shows the last page.
  const page = Math.min(requested, pageCount);
  if (page !== requested) rows = await findPage(db, query, mode, page, { withTotal });
  return { rows, total, page, pageCount };
}

/**
 * One page of the directory for a query, straight from the database (the page uses
 * `searchDirectory`; tests call this, and bench/search.ts with its own client). A search matches
 * whole words and prefixes first; only when that finds nobody does it fall back to similar
 * spellings, and only when those find nobody either is a "did you mean" suggestion looked up.
 */
export async function searchPublishedPrisoners(
  query: DirectoryQuery,
  locale: Locale,
  db: PrismaClient = prisma,
): Promise<DirectoryResultDto> {
  let result = await findMatches(db, query, "words");
  let similarOnly = false;
  if (result.total === 0 && query.q) {
    result = await findMatches(db, query, "similar");
    similarOnly = result.total > 0;
  }
  const suggestion = result.total === 0 && query.q ? await findSuggestion(db, query, locale) : null;
  return {
    items: result.rows.map((row) => toDirectoryPrisoner(row, locale)),
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    similarOnly,
    suggestion,
  };
}

/**
 * How long a search's answer is kept: a surge on one name (a case in the news) is served from the
 * cache, while a change the tags miss would show within a minute. Publishing, redacting or
 * unpublishing a profile revalidates "prisoners", which drops every cached search at once.
 */
export const DIRECTORY_SEARCH_MAX_AGE_SECONDS = 60;

/** Searches of the plain listing are few and change only with the content: kept the hour. */
const CACHED_LISTING_PAGES = 10;

/** Directory searches that reached the database in this process: for tests that count them. */
let searchesRun = 0;

export function directorySearchesRun(): number {
  return searchesRun;
}

function countedSearch(query: DirectoryQuery, locale: Locale): Promise<DirectoryResultDto> {
  searchesRun += 1;
  return searchPublishedPrisoners(query, locale);
}

const directoryTags = () => [cacheTags.prisoners, cacheTags.countries, cacheTags.reference];

const cachedListing = cachedRead("directory.listing", countedSearch, directoryTags);

const cachedSearch = cachedRead("directory.search", countedSearch, directoryTags, {
  maxAgeSeconds: DIRECTORY_SEARCH_MAX_AGE_SECONDS,
});

/** The live search's answers kept in memory on a single server: some thousands of searches. */
const LIVE_SEARCH_MEMORY_BYTES = 32 * 1024 * 1024;

const liveSearch = cachedRead("directory.live-search", countedSearch, directoryTags, {
  maxAgeSeconds: DIRECTORY_SEARCH_MAX_AGE_SECONDS,
  inMemoryBytes: LIVE_SEARCH_MEMORY_BYTES,
});

/**
 * The directory's read, for its page and its results route. Every answer comes from the shared
 * cache (lib/data/cache.ts; Redis with VIGIL_REDIS_URL), keyed by the query as the database sees
 * it (lib/search/directory-cache-key.ts), so that a burst of one search costs one database search
 * and the spellings the search folds together share an entry.
 *
 * The plain listing's first pages are kept the default hour. A search or filter is kept a minute:
 * its keys are whatever visitors type, so each entry must not outlive its use for long, and the
 * results route is rate-limited per address (app/api/directory/route.ts) so that one client cannot
 * fill the cache quickly.
 */
export function searchDirectory(
  query: DirectoryQuery,
  locale: Locale,
): Promise<DirectoryResultDto> {
  const key = directoryCacheKey(query);
  const plainListing = !key.q && !hasDirectoryFilters(key) && key.page <= CACHED_LISTING_PAGES;
  return plainListing ? cachedListing(key, locale) : cachedSearch(key, locale);
}

/**
 * The directory's read for its results route (the live search): `searchDirectory`'s answers and
 * key, from the same shared cache when there is one (Redis); on a single server, from this
 * process's memory instead of Next.js's data cache (lib/data/memory-cache.ts), since a stream of
 * different searches each wrote an entry to disk there. The page keeps its own cached reads, whose
 * tags revalidate the cached page: a search asked both ways is searched once for each.
 */
export function searchDirectoryLive(
  query: DirectoryQuery,
  locale: Locale,
): Promise<DirectoryResultDto> {
  return liveSearch(directoryCacheKey(query), locale);
}
