import "server-only";
import {
  DIRECTORY_PAGE_SIZE,
  searchDirectory,
  type DirectoryPrisonerDto,
} from "@/lib/data/prisoner-directory";
import type { Locale } from "@/lib/i18n/routing";
import type { DirectoryQuery } from "@/lib/search/directory-params";
import { encodeListCursor } from "./list-cursor";

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
 * `limit` profiles from `offset` on, cut from the directory's own pages (searchDirectory, in
 * pages of DIRECTORY_PAGE_SIZE): the same query, ranking, transliteration-proof `q`, redactions
 * and shared cache as the directory, so that a burst of one API list costs the database what a
 * burst of directory pages does (one search per page, then the cache), and the API can never list
 * a profile, or a field, that the directory would not. At most ⌈100 / 20⌉ + 1 cached page reads.
 *
 * The page, pageCount and suggestion of the directory's answer are its page's presentation (page
 * links, "Did you mean"): the API leaves them out, here and nowhere else.
 */
export async function listApiPrisoners(
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
