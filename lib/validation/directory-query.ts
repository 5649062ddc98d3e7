import { z } from "zod";
import { PrisonerStatus } from "@/lib/generated/prisma/enums";
import {
  DIRECTORY_FILTERS,
  DIRECTORY_QUERY_MAX_LENGTH,
  DIRECTORY_SORTS,
  type DirectoryQuery,
  type DirectoryStatusFilter,
} from "@/lib/search/directory-params";

/**
 * The prisoner directory's search, filters, order and page, read from the query string of its GET
 * form, so that every combination has a shareable address:
 * `/en/prisoners?q=sentsov&country=ru&status=detained&sort=detention&page=2`.
 *
 * Parsing is forgiving: a value that does not parse (an edited address, an old link) is dropped and
 * the directory shows without it. Nothing here ever fails, so a malformed address never becomes an
 * error page.
 */

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

const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase());
const chargeId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/);
const arrestYear = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1900).max(2100));
const pageNumber = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

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
  country: optionalField(countryCode),
  status: optionalField(status),
  charge: optionalField(chargeId),
  affiliation: optionalField(slug),
  tag: optionalField(slug),
  year: optionalField(arrestYear),
  sort: optionalField(z.enum(DIRECTORY_SORTS)),
  page: z.preprocess(single, pageNumber.catch(1)),
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

/**
 * What each parameter of the results route must be, said to a caller that sent something else.
 * The route is strict where the page is forgiving: a script that sends a wrong value learns why,
 * instead of receiving results it did not ask for.
 */
const STRICT_FIELDS = {
  country: { schema: countryCode, message: "country must be a two-letter country code (ru, kz)." },
  status: { schema: status, message: "status must be a prisoner status or “detained”." },
  charge: { schema: chargeId, message: "charge must be an article id (letters, digits, - or _)." },
  affiliation: { schema: slug, message: "affiliation must be an affiliation's slug." },
  tag: { schema: slug, message: "tag must be a tag's slug." },
  year: { schema: arrestYear, message: "year must be a year from 1900 to 2100." },
  sort: {
    schema: z.enum(DIRECTORY_SORTS),
    message: `sort must be one of ${DIRECTORY_SORTS.join(", ")}.`,
  },
  page: { schema: pageNumber, message: "page must be a whole number from 1 to 999999." },
} as const;

/** Parameters the results route reads besides the query's own: the locale of names. */
const ROUTE_PARAMETERS = ["q", "locale", ...Object.keys(STRICT_FIELDS)];

export type StrictDirectoryQuery =
  { ok: true; query: DirectoryQuery; locale: string } | { ok: false; error: string };

/**
 * The query of a request to the directory's results route (`/api/directory?q=…&locale=en`),
 * or why it is refused: an unknown or repeated parameter, a search text over
 * DIRECTORY_QUERY_MAX_LENGTH characters, a value that does not parse. Empty values mean "not set",
 * as in the page's form. The locale is checked by the route, which knows the site's locales.
 */
export function parseStrictDirectoryQuery(params: URLSearchParams): StrictDirectoryQuery {
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!ROUTE_PARAMETERS.includes(name))
      return { ok: false, error: `Unknown parameter “${name}”.` };
    if (name in values) return { ok: false, error: `The parameter “${name}” is given twice.` };
    values[name] = value;
  }
  if ((values.q ?? "").length > DIRECTORY_QUERY_MAX_LENGTH) {
    return {
      ok: false,
      error: `q must be at most ${DIRECTORY_QUERY_MAX_LENGTH} characters long.`,
    };
  }
  for (const [name, field] of Object.entries(STRICT_FIELDS)) {
    const value = values[name];
    if (value !== undefined && value.trim() !== "" && !field.schema.safeParse(value).success) {
      return { ok: false, error: field.message };
    }
  }
  const { locale = "", ...query } = values;
  return { ok: true, query: parseDirectoryQuery(query), locale };
}
