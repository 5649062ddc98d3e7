import "server-only";
import type { PublicationListItemDto } from "@/lib/data/publications";
import { PUBLICATIONS_PAGE_SIZE, searchPublishedPublications } from "@/lib/data/publication-search";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicationFilters } from "@/lib/validation/publication-filters";
import type { ApiPage } from "./api-page";
import { encodeListCursor } from "./list-cursor";
import { API_PUBLICATION_TYPES } from "./publication-types";

/**
 * `limit` publications from `offset` on, newest first, cut from the sections' own cached pages
 * (searchPublishedPublications, pages of PUBLICATIONS_PAGE_SIZE): the same filters and the same
 * cache as /news and /reports, so the API can never list what those would not.
 */
export async function listApiPublications(
  filters: PublicationFilters,
  locale: Locale,
  offset: number,
  limit: number,
): Promise<ApiPage<PublicationListItemDto>> {
  const first = Math.floor(offset / PUBLICATIONS_PAGE_SIZE) + 1;
  const last = Math.floor((offset + limit - 1) / PUBLICATIONS_PAGE_SIZE) + 1;
  const read = (page: number) =>
    searchPublishedPublications({ locale, types: API_PUBLICATION_TYPES, filters, page });
  const head = await read(first);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, Math.min(last, head.pageCount) - first) }, (_, index) =>
      read(first + 1 + index),
    ),
  );
  // Past the end the read answers an empty page (it does not clamp).
  const start = offset - (first - 1) * PUBLICATIONS_PAGE_SIZE;
  const items = [head, ...rest].flatMap((page) => page.items).slice(start, start + limit);
  const next = offset + limit;
  return {
    items,
    total: head.total,
    nextCursor: next < head.total ? encodeListCursor(next) : null,
  };
}
