import { z } from "zod";
import { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * The prisoner directory's search, filters, order and page, read from the query string of its GET
 * form, so that every combination has a shareable address:
 * `/en/prisoners?q=sentsov&country=ru&status=detained&sort=detention&page=2`.
 *
 * Parsing is forgiving: a value that does not parse (an edited address, an old link) is dropped and
 * the directory shows without it. Nothing here ever fails, so a malformed address never becomes an
 * error page.
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

/** A query-string value as Next.js gives it to a page. */
type QueryValue = string | string[] | undefined;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A field that parses or becomes undefined, never failing the whole object. */
function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => blankToUndefined(single(value)),
    schema.optional().catch(undefined),
  );
}

const slug = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** "pretrial-detention", "PRETRIAL_DETENTION" and "detained" are all understood. */
const status = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replaceAll("-", "_"))
  .pipe(z.enum([...Object.values(PrisonerStatus), "DETAINED"]))
  .transform((value): DirectoryStatusFilter => (value === "DETAINED" ? "detained" : value));

export const directoryQuerySchema = z.object({
  q: z.preprocess(
    single,
    z
      .string()
      .transform((value) =>
        value
          // Half a surrogate pair (no address decodes to one, but a caller may pass it) becomes
          // U+FFFD: Prisma refuses such text, a 500 (tests/integration/fuzz-public-reads.test.ts).
          .toWellFormed()
          // Invisible format characters (soft hyphens, zero-width spaces) are dropped, and a
          // pasted tab or newline is a space: neither is ever part of a name.
          .replace(/\p{Cf}/gu, "")
          .replace(/[\p{Cc}\s]+/gu, " ")
          .trim()
          .slice(0, DIRECTORY_QUERY_MAX_LENGTH)
          .trim(),
      )
      .catch(""),
  ),
  country: optionalField(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase()),
  ),
  status: optionalField(status),
  charge: optionalField(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/),
  ),
  affiliation: optionalField(slug),
  tag: optionalField(slug),
  year: optionalField(
    z
      .string()
      .trim()
      .regex(/^\d{4}$/)
      .transform(Number)
      .pipe(z.number().int().min(1900).max(2100)),
  ),
  sort: optionalField(z.enum(DIRECTORY_SORTS)),
  page: z.preprocess(
    single,
    z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,5}$/)
      .transform(Number)
      .catch(1),
  ),
});

/** The directory query of a page's searchParams; never throws. */
export function parseDirectoryQuery(searchParams: Record<string, QueryValue>): DirectoryQuery {
  const { q, page, ...optional } = directoryQuerySchema.parse(searchParams);
  const query: DirectoryQuery = { q, page };
  // Only the parameters that are set, so that equal queries serialise (and cache) equally.
  for (const key of [...DIRECTORY_FILTERS, "sort"] as const) {
    if (optional[key] !== undefined) Object.assign(query, { [key]: optional[key] });
  }
  return query;
}

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
