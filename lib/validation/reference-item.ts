import { z } from "zod";
import { expectedVersionSchema } from "@/lib/validation/prisoner-rows";

/**
 * Pieces shared by the dashboard's editors of reference data and publications (tags, countries,
 * affiliations, organisations, facilities, criminal code articles, publications): the address
 * segment, country codes, the version a form was based on, and the delete form.
 *
 * Error messages are keys of the `ContentEditor.errors` namespace
 * (lib/i18n/messages/features/editor.*.json), which the actions pass to staffAction.
 */

export const CONTENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CONTENT_NAME_MAX = 200;
export const CONTENT_TEXT_MAX = 2000;

/** Every error code these schemas and the actions' reference checks produce. */
export type ContentErrorCode =
  | "englishRequired"
  | "textTooLong"
  | "richTextInvalid"
  | "slugRequired"
  | "slugFormat"
  | "slugTaken"
  | "countryRequired"
  | "countryFormat"
  | "countryUnknown"
  | "countryCodeTaken"
  | "kindInvalid"
  | "urlInvalid"
  | "codeRequired"
  | "articleRequired"
  | "articleFormat"
  | "articleTaken"
  | "typeInvalid"
  | "dateInvalid"
  | "dayRequired"
  | "prisonerUnknown"
  | "attachmentUnknown"
  | "coverUnknown"
  | "confirmDelete"
  | "tagInUse"
  | "countryInUse"
  | "affiliationInUse"
  | "organisationInUse"
  | "facilityInUse"
  | "articleInUse"
  | "invalidValue";

function blankToEmpty(value: unknown): unknown {
  return value ?? "";
}

/** The URL segment of an item's public page ("kazakhstan", "open-russia"). */
export const slugSchema = z.preprocess(
  blankToEmpty,
  z
    .string()
    .trim()
    .min(1, { error: "slugRequired", abort: true })
    .max(CONTENT_NAME_MAX, { error: "textTooLong", abort: true })
    .regex(CONTENT_SLUG_PATTERN, { error: "slugFormat" }),
);

/** An ISO 3166-1 alpha-2 code, upper-cased ("kz" → "KZ"). */
export const requiredCountryCodeSchema = z.preprocess(
  blankToEmpty,
  z
    .string()
    .trim()
    .min(1, { error: "countryRequired", abort: true })
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "countryFormat" }),
);

/** A country code or nothing (a select with an empty "none" option). */
export const optionalCountryCodeSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "countryFormat" })
    .nullable()
    .default(null),
);

/** A one-line optional text: blank → null. */
export function optionalLineSchema(max = CONTENT_NAME_MAX) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(max, { error: "textTooLong" }).nullable().default(null),
  );
}

/** The hidden fields of an edit form: which item, and the version the form was based on. */
export const itemVersionSchema = z.object({
  id: z.string().trim().min(1).max(64),
  expectedVersion: expectedVersionSchema,
});

/** The delete form: the item, its version, and the box that confirms the deletion. */
export const deleteItemSchema = itemVersionSchema.extend({
  confirm: z.literal("on", { error: "confirmDelete" }),
});

export type ItemVersion = z.output<typeof itemVersionSchema>;

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A query parameter that is dropped (undefined) when it is missing or not valid. */
function lenient<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(firstValue, schema.optional().catch(undefined));
}

/**
 * The query of a dashboard list (`?q=…&page=2&state=DRAFT&country=KZ&type=NEWS`). Invalid
 * values are ignored rather than refused: a hand-edited address still shows a list.
 */
export const contentListQuerySchema = z.object({
  q: lenient(z.string().trim().max(200)),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
  state: lenient(z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"])),
  country: lenient(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  type: lenient(z.enum(["NEWS", "REPORT", "STATEMENT"])),
  created: lenient(z.literal("1")),
  deleted: lenient(z.literal("1")),
});

export type ContentListQuery = z.output<typeof contentListQuerySchema>;

export function parseContentListQuery(
  searchParams: Record<string, string | string[] | undefined>,
): ContentListQuery {
  return contentListQuerySchema.parse(searchParams);
}
