import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * The prisoner directory's query as a value, and its address form: the types and pure functions
 * that the page, its client components and the data layer share. Without zod, so that the live
 * search's browser code can use them (parsing an address is lib/validation/directory-query.ts).
 */

/** Longest search text kept; a name with every variant typed out fits easily. */
export const DIRECTORY_QUERY_MAX_LENGTH = 100;

/** A status filter: one status, or every status that deprives a person of liberty. */
export type DirectoryStatusFilter = PrisonerStatus | "detained";

/**
 * Orders of the directory. `relevance` (best match first) needs a search text; without one the
 * directory is alphabetical. `arrest`: newest arrest first. `detention`: longest in detention
 * first, then detained people whose start date is unknown, then everyone else by name.
 */
export const DIRECTORY_SORTS = ["relevance", "name", "arrest", "detention"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryQuery {
  /** What the user typed, trimmed, whitespace collapsed; "" for no search. */
  q: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  status?: DirectoryStatusFilter;
  /** CriminalCodeArticle id. */
  charge?: string;
  /** Affiliation slug. */
  affiliation?: string;
  /** Tag slug. */
  tag?: string;
  /** Year of arrest. */
  year?: number;
  /** As asked for; `effectiveSort` says what applies. */
  sort?: DirectorySort;
  page: number;
}

/** The filters a query can carry, in the order the form and the address list them. */
export const DIRECTORY_FILTERS = [
  "country",
  "status",
  "charge",
  "affiliation",
  "tag",
  "year",
] as const satisfies readonly (keyof DirectoryQuery)[];

/** The order that applies: best match first when searching, else alphabetical, unless chosen. */
export function effectiveSort(query: Pick<DirectoryQuery, "q" | "sort">): DirectorySort {
  if (query.sort === "relevance" || query.sort === undefined) return query.q ? "relevance" : "name";
  return query.sort;
}

/** Whether any filter (not the search text, order or page) is set. */
export function hasDirectoryFilters(query: DirectoryQuery): boolean {
  return DIRECTORY_FILTERS.some((filter) => query[filter] !== undefined);
}

/** The address form of a status filter: "pretrial-detention", "detained". */
export function statusParam(value: DirectoryStatusFilter): string {
  return value.toLowerCase().replaceAll("_", "-");
}

/**
 * The query-string parameters of a directory query, in a stable order, without empty values or
 * defaults (page 1, the default order). The inverse of parseDirectoryQuery.
 */
export function directorySearchParams(query: Partial<DirectoryQuery>): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  if (query.country) params.country = query.country.toLowerCase();
  if (query.status) params.status = statusParam(query.status);
  if (query.charge) params.charge = query.charge;
  if (query.affiliation) params.affiliation = query.affiliation;
  if (query.tag) params.tag = query.tag;
  if (query.year !== undefined) params.year = String(query.year);
  const sort = effectiveSort({ q: query.q ?? "", sort: query.sort });
  if (sort !== effectiveSort({ q: query.q ?? "" })) params.sort = sort;
  if (query.page !== undefined && query.page > 1) params.page = String(query.page);
  return params;
}
