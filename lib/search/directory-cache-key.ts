import { foldSearchText } from "@/lib/search/search-text";
import { effectiveSort, type DirectoryQuery } from "@/lib/search/directory-params";

/**
 * The directory query that stands for every query the database answers alike, used both as the
 * cache key of a search and as the query the search then runs (so that what is cached is exactly
 * what that key asks for):
 *
 * - the search text folded as `vigil_search_text` folds it ("Сенцов", "SENTSOV" → "sentsov"; text
 *   this cannot fold safely is kept as typed: lib/search/search-text.ts);
 * - the order that applies written out (no order and "relevance" are one when searching);
 * - the filters in one key order (JSON keys follow insertion order), absent ones left out.
 *
 * The locale is the cache's other argument: names and countries are resolved for it.
 */
export function directoryCacheKey(query: DirectoryQuery): DirectoryQuery {
  const q = query.q ? (foldSearchText(query.q) ?? query.q) : "";
  const key: DirectoryQuery = { q, sort: effectiveSort(query), page: query.page };
  if (query.country !== undefined) key.country = query.country;
  if (query.status !== undefined) key.status = query.status;
  if (query.charge !== undefined) key.charge = query.charge;
  if (query.affiliation !== undefined) key.affiliation = query.affiliation;
  if (query.tag !== undefined) key.tag = query.tag;
  if (query.year !== undefined) key.year = query.year;
  return key;
}
