import "server-only";
import {
  DIRECTORY_PAGE_SIZE,
  searchDirectory,
  type DirectoryPrisonerDto,
} from "@/lib/data/prisoner-directory";
import type { Locale } from "@/lib/i18n/routing";
import { listPublishedPrisonersAfter } from "@/lib/data/prisoner-directory-keyset";
import { directoryCacheKey } from "@/lib/search/directory-cache-key";
import type { DirectoryQuery } from "@/lib/search/directory-params";
import { encodeKeysetCursor, encodeListCursor, type ListPosition } from "./list-cursor";

/** One page of `GET /api/v1/prisoners`. */
export interface ApiPrisonerListDto {
  /** The directory's own cards (lib/data/prisoner-directory.ts), as its page shows them. */
  items: DirectoryPrisonerDto[];
  /** Every match, over all pages. */
  total: number;
  /** True when no name matched word for word and the items are similar spellings (typos). */
  similarOnly: boolean;
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

/**
 * One page of the list: a search (or an old offset cursor) by offset (`listByOffset`), the plain
 * listing by keyset (`listByKeyset`), whose next cursor is a keyset one in either case. Null when
 * a keyset cursor's profile was unpublished or renamed since: the client starts again.
 */
export async function listApiPrisoners(
  query: DirectoryQuery,
  locale: Locale,
  position: ListPosition,
  limit: number,
): Promise<ApiPrisonerListDto | null> {
  if (query.q) {
    return listByOffset(query, locale, position.kind === "offset" ? position.offset : 0, limit);
  }
  if (position.kind === "offset" && position.offset > 0) {
    const page = await listByOffset(query, locale, position.offset, limit);
    const last = page.items.at(-1);
    return { ...page, nextCursor: page.nextCursor && last ? encodeKeysetCursor(last.slug) : null };
  }
  return listByKeyset(query, locale, position.kind === "after" ? position.slug : null, limit);
}

/**
 * `limit` profiles of the plain listing after the profile `afterSlug` (from the start when null),
 * by the order's key (lib/data/prisoner-directory-keyset.ts); the total is the directory's first
 * page's, from its cache.
 */
async function listByKeyset(
  query: DirectoryQuery,
  locale: Locale,
  afterSlug: string | null,
  limit: number,
): Promise<ApiPrisonerListDto | null> {
  const key = { ...directoryCacheKey(query), page: 1 };
  const [page, head] = await Promise.all([
    listPublishedPrisonersAfter(key, afterSlug, limit, locale),
    searchDirectory(key, locale),
  ]);
  if (!page.anchorFound) return null;
  const last = page.items.at(-1);
  return {
    items: page.items,
    total: head.total,
    similarOnly: false,
    nextCursor: page.hasMore && last ? encodeKeysetCursor(last.slug) : null,
  };
}

/**
 * `limit` profiles from `offset` on, cut from the directory's own pages (searchDirectory, in
 * pages of DIRECTORY_PAGE_SIZE): the same query, ranking, transliteration-proof `q`, redactions
 * and shared cache as the directory, so that a burst of one API list costs the database what a
 * burst of directory pages does (one search per page, then the cache), and the API can never list
 * a profile, or a field, that the directory would not. At most ⌈100 / 20⌉ + 1 cached page reads.
 *
 * The page, pageCount and suggestion of the directory's answer are its page's presentation (page
 * links, "Did you mean"): the API leaves them out, here and nowhere else.
 */
async function listByOffset(
  query: DirectoryQuery,
  locale: Locale,
  offset: number,
  limit: number,
): Promise<ApiPrisonerListDto> {
  const first = Math.floor(offset / DIRECTORY_PAGE_SIZE) + 1;
  const last = Math.floor((offset + limit - 1) / DIRECTORY_PAGE_SIZE) + 1;
  const head = await searchDirectory({ ...query, page: first }, locale);
  // searchDirectory answers its last page for one past the end: nothing is there.
  const pastEnd = head.page !== first;
  const pages = pastEnd
    ? []
    : [
        head,
        ...(await Promise.all(
          range(first + 1, Math.min(last, head.pageCount)).map((page) =>
            searchDirectory({ ...query, page }, locale),
          ),
        )),
      ];
  const start = offset - (first - 1) * DIRECTORY_PAGE_SIZE;
  const items = pages.flatMap((page) => page.items).slice(start, start + limit);
  const next = offset + limit;
  return {
    items,
    total: head.total,
    similarOnly: head.similarOnly,
    nextCursor: next < head.total ? encodeListCursor(next) : null,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
