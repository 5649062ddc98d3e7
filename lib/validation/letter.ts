import { z } from "zod";
import { DeliveryMethod, LetterKind } from "@/lib/generated/prisma/enums";
import { INVALIDATION_REASONS } from "@/lib/signing/invalidation-reasons";
import { localizedRichTextInputSchema, localizedTextInputSchema } from "@/lib/validation/localized";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import { letterThresholdsSchema } from "@/lib/validation/letter-thresholds";
import { idListSchema } from "@/lib/validation/prisoner-rows";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  itemVersionSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

/**
 * The letter editor's forms: the letter itself with its text, a delivery record, and the bulk
 * invalidation of flagged signatures. Error messages are keys of `LetterEditor.errors`
 * (lib/i18n/messages/features/petitions.*.json).
 */

export const LETTER_KINDS = Object.values(LetterKind);
export const DELIVERY_METHODS = Object.values(DeliveryMethod);

export type LetterErrorCode =
  | "englishRequired"
  | "textTooLong"
  | "richTextInvalid"
  | "slugRequired"
  | "slugFormat"
  | "slugTaken"
  | "countryFormat"
  | "countryUnknown"
  | "prisonerUnknown"
  | "kindInvalid"
  | "goalInvalid"
  | "dateInvalid"
  | "dayRequired"
  | "textRequired"
  | "recipientRequired"
  | "methodInvalid"
  | "responseBeforeDelivery"
  | "reasonInvalid"
  | "noneSelected"
  | "letterUnknown"
  | "nameRequired"
  | "invalidValue"
  | "thresholdInvalid"
  | "thresholdDuplicate";

const blankToNull = (value: unknown) =>
  value === undefined || (typeof value === "string" && value.trim() === "") ? null : value;

const countryCodesSchema = z.preprocess(
  (value) => (value === null || value === undefined || value === "" ? [] : value),
  idListSchema.pipe(
    z.array(
      z
        .string()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, { error: "countryFormat" }),
    ),
  ),
);

/**
 * Every field of a letter, its text included. Saving a text that differs from the current
 * version creates a new LetterVersion (signatures keep pointing at the one they signed); the
 * workflow state moves separately.
 */
export const letterSchema = z.object({
  kind: z.enum(LETTER_KINDS, { error: "kindInvalid" }),
  slug: slugSchema,
  title: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX * 2 }),
  summary: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
  addresseeName: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  addresseeOffice: localizedTextInputSchema({ max: CONTENT_NAME_MAX }),
  sentOn: optionalDaySchema(),
  goal: z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: "goalInvalid" })
      .int({ error: "goalInvalid" })
      .min(1, { error: "goalInvalid" })
      .max(100_000_000, { error: "goalInvalid" })
      .nullable(),
  ),
  deadline: optionalDaySchema(),
  countryCodes: countryCodesSchema,
  prisonerIds: idListSchema,
  /** The text's own heading per language (optional: the letter's title is used without it). */
  textTitle: localizedTextInputSchema({ max: CONTENT_NAME_MAX * 2 }),
  text: localizedRichTextInputSchema({ required: true }),
  /** A petition's thresholds (lib/letter-answers); none when the form sends no row. */
  thresholds: letterThresholdsSchema,
});

export const letterUpdateSchema = letterSchema.and(itemVersionSchema);

export type LetterInput = z.output<typeof letterSchema>;

/** A hand-over of the letter and, later, the answer to it. */
export const letterDeliverySchema = z
  .object({
    letterId: z.string().trim().min(1).max(64),
    deliveredOn: optionalDaySchema(),
    recipient: z.preprocess(
      (value) => value ?? "",
      z
        .string()
        .trim()
        .min(1, { error: "recipientRequired" })
        .max(CONTENT_NAME_MAX, { error: "textTooLong" }),
    ),
    method: z.preprocess(
      blankToNull,
      z.enum(DELIVERY_METHODS, { error: "methodInvalid" }).nullable(),
    ),
    note: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
    responseReceivedOn: optionalDaySchema(),
    response: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
  })
  .superRefine((value, context) => {
    if (!value.deliveredOn) {
      context.addIssue({ code: "custom", message: "dateInvalid", path: ["deliveredOn"] });
    }
    if (
      value.deliveredOn &&
      value.responseReceivedOn &&
      value.responseReceivedOn.date < value.deliveredOn.date
    ) {
      context.addIssue({
        code: "custom",
        message: "responseBeforeDelivery",
        path: ["responseReceivedOn"],
      });
    }
  });

export type LetterDeliveryInput = z.output<typeof letterDeliverySchema>;

/** The ticked flagged signatures of a letter and why they are removed. */
export const invalidateSignaturesSchema = z.object({
  letterId: z.string().trim().min(1).max(64),
  signatureIds: idListSchema.pipe(z.array(z.string()).min(1, { error: "noneSelected" }).max(5000)),
  reason: z.enum(INVALIDATION_REASONS, { error: "reasonInvalid" }),
});

export type InvalidateSignaturesInput = z.output<typeof invalidateSignaturesSchema>;

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A query parameter that is dropped when missing or not valid (hand-edited addresses still work). */
function lenient<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(firstValue, schema.optional().catch(undefined));
}

/** The dashboard list of letters: search, page, state, kind; and the notices after a redirect. */
export const letterListQuerySchema = z.object({
  q: lenient(z.string().trim().max(200)),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
  state: lenient(z.enum(["DRAFT", "OPEN", "CLOSED", "DELIVERED"])),
  kind: lenient(z.enum(LETTER_KINDS)),
  letter: lenient(z.string().trim().min(1).max(64)),
  created: lenient(z.literal("1")),
  deleted: lenient(z.literal("1")),
});

export function parseLetterListQuery(
  searchParams: Record<string, string | string[] | undefined>,
): z.output<typeof letterListQuerySchema> {
  return letterListQuerySchema.parse(searchParams);
}
