import { z } from "zod";

/**
 * The filters of the news and reports lists, read from the query string of a GET form so that a
 * filtered list has a shareable URL (`/en/news?country=kz&year=2020`; codes are lower case in
 * addresses, as on country pages and in the directory, and upper case in the data).
 *
 * Filters are forgiving: a value that does not parse (an edited URL, an old link) is dropped and
 * the list shows without that filter, rather than failing. Only an invalid page number is an error
 * (the page answers 404, as the directory does), since it points at a page that does not exist.
 */

export const PUBLICATION_FILTER_TYPES = ["NEWS", "STATEMENT", "REPORT"] as const;
export type PublicationFilterType = (typeof PUBLICATION_FILTER_TYPES)[number];

export interface PublicationFilters {
  type?: PublicationFilterType;
  /** ISO 3166-1 alpha-2, upper case (either case is accepted in the query string). */
  country?: string;
  /** Slug of a published prisoner. */
  prisoner?: string;
  year?: number;
}

/** A query-string value as Next.js gives it to a page. */
type QueryValue = string | string[] | undefined;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A field that parses or becomes undefined, never failing the whole object. */
function optionalFilter<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => blankToUndefined(single(value)),
    schema.optional().catch(undefined),
  );
}

export const publicationFiltersSchema = z.object({
  type: optionalFilter(z.enum(PUBLICATION_FILTER_TYPES)),
  country: optionalFilter(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase()),
  ),
  prisoner: optionalFilter(
    z
      .string()
      .trim()
      .max(200)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  ),
  year: optionalFilter(z.coerce.number().int().min(1900).max(2100)),
});

const pageSchema = z.preprocess(
  (value) => single(value) ?? "1",
  z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
);

/**
 * The filters and page of a publication list. `page` is null when the page number is not a
 * positive integer (the page answers 404).
 */
export function parsePublicationQuery(query: Record<string, QueryValue>): {
  filters: PublicationFilters;
  page: number | null;
} {
  const filters = publicationFiltersSchema.parse(query);
  const page = pageSchema.safeParse(query.page);
  return {
    filters: Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined),
    ) as PublicationFilters,
    page: page.success ? page.data : null,
  };
}

/** The query parameters of a filtered list, in a stable order, without empty filters. */
export function publicationQuery(filters: PublicationFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.type) query.type = filters.type;
  if (filters.country) query.country = filters.country.toLowerCase();
  if (filters.prisoner) query.prisoner = filters.prisoner;
  if (filters.year !== undefined) query.year = String(filters.year);
  return query;
}
