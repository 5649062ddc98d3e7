import { z } from "zod";
import { richTextDocSchema } from "@/lib/content-model/rich-text";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { routing } from "@/lib/i18n/routing";

/**
 * The building blocks of the open-data API's response schemas (lib/api/schemas). Every schema is
 * strict (no field it does not name), and each response schema is checked against the DTO type it
 * describes at compile time (`SameType`), so a field added to a public DTO fails the build until
 * it is described here, and the contract tests (tests/integration/api-v1-contract.test.ts) parse
 * real answers with the document made from these schemas.
 */

/**
 * True when each of A and B is assignable to the other: the same fields, required alike, of the
 * same types (an intersection and its flattened object count as the same).
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `schema` or null. Written as a union, not `.nullable()`: the generator turns a nullable named
 * schema into a component that admits null everywhere it is used, or into an `allOf` that admits
 * it nowhere; the union is `anyOf: [$ref, null]`, which says what is meant.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

export const localeSchema = z.enum(routing.locales).meta({
  id: "Locale",
  description: "A language of the site's content.",
});

export const resolvedTextSchema = z
  .strictObject({
    text: z.string().describe("The text itself."),
    lang: localeSchema.describe("The language the text is in."),
    isFallback: z
      .boolean()
      .describe("True when the text is not in the language asked for (English is the fallback)."),
  })
  .meta({ id: "LocalizedText", description: "A text in the language asked for, or its fallback." });

export const resolvedRichTextSchema = z
  .strictObject({
    doc: richTextDocSchema.describe(
      "The text as a ProseMirror (Tiptap) JSON document: paragraphs, headings, lists, quotes, links.",
    ),
    lang: localeSchema,
    isFallback: z
      .boolean()
      .describe("True when the text is not in the language asked for (English is the fallback)."),
  })
  .meta({
    id: "LocalizedRichText",
    description: "A rich text in the language asked for, or its fallback.",
  });

export const calendarDateSchema = z
  .strictObject({
    iso: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe("YYYY-MM-DD."),
    precision: z
      .enum(DatePrecision)
      .describe(
        "How much of the date is known: MONTH means only the year and month (the day is 01), YEAR only the year.",
      ),
  })
  .meta({ id: "CalendarDate", description: "A calendar date with its precision." });

export const countryRefSchema = z
  .strictObject({
    code: z.string().describe("ISO 3166-1 alpha-2, upper case."),
    name: resolvedTextSchema,
  })
  .meta({ id: "CountryRef" });

export const errorSchema = z
  .strictObject({ error: z.string().describe("Why the request was refused, in English.") })
  .meta({ id: "Error" });

export const linkedPrisonerSchema = z
  .strictObject({
    slug: z.string().describe("The profile's slug: /api/v1/prisoners/{slug}."),
    name: resolvedTextSchema,
  })
  .meta({ id: "PrisonerRef" });

/** The shape every short list shares: a page of items, the total and the next cursor. */
export function pagedList<T extends z.ZodType>(item: T) {
  return {
    items: z.array(item).describe("One page of items, in the list's order."),
    total: z.number().int().min(0).describe("Every item, over all pages."),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null on the last page."),
  };
}
