import { z } from "zod";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import {
  SOURCE_CONFIDENCES,
  SOURCE_TITLE_MAX,
  webUrlSchema,
} from "@/lib/validation/prisoner-sources";
import { optionalIdSchema } from "@/lib/validation/prisoner-rows";
import { itemVersionSchema } from "@/lib/validation/reference-item";

/**
 * A source in the dashboard's Sources editor: every column of `Source`. The citation rows of
 * the prisoner editor create sources with a few of these fields (prisoner-sources.ts); this is
 * where the rest is filled in and mistakes are corrected.
 *
 * Error messages are keys of the `SourceEditor.errors` namespace
 * (lib/i18n/messages/features/editor.*.json), which the actions pass to staffAction.
 */

export const SOURCE_PUBLISHER_MAX = 200;
/** BCP 47 tags are short; the longest common ones ("zh-Hant-TW") are far below this. */
export const SOURCE_LANGUAGE_MAX = 35;
/** The languages the form offers first (the field takes any valid BCP 47 tag). */
export const COMMON_SOURCE_LANGUAGES = ["en", "ru", "kk", "uk", "be"] as const;

/** Every error code this schema and the actions' checks produce. */
export type SourceErrorCode =
  | "titleRequired"
  | "textTooLong"
  | "urlInvalid"
  | "dateInvalid"
  | "dayRequired"
  | "dateInFuture"
  | "confidenceRequired"
  | "languageInvalid"
  | "documentUnknown"
  | "confirmDelete"
  | "sourceInUse";

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : (value ?? null);

/**
 * A BCP 47 language tag in its canonical spelling ("EN-gb" → "en-GB"): what `hreflang` and
 * `lang` need. `Intl.getCanonicalLocales` is the standard's own parser; it throws on anything
 * that is not a well-formed tag. The grammar also allows a 5–8 letter language subtag, so a
 * language's name ("Kazakh") would pass as a tag: the language must be an ISO 639 code (2 or 3
 * letters), as every language a source is likely to be in has.
 */
export function canonicalLanguageTag(value: string): string | null {
  let tag: string | undefined;
  try {
    [tag] = Intl.getCanonicalLocales(value);
  } catch {
    // RangeError: not a well-formed language tag. Reported as a field error by the schema.
    return null;
  }
  return tag && /^[a-z]{2,3}(?:-|$)/.test(tag) ? tag : null;
}

export const sourceLanguageSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(SOURCE_LANGUAGE_MAX, { error: "languageInvalid", abort: true })
    .transform((value, context) => {
      const tag = canonicalLanguageTag(value);
      if (!tag) {
        context.addIssue({ code: "custom", message: "languageInvalid" });
        return z.NEVER;
      }
      return tag;
    })
    .nullable(),
);

export const sourceSchema = z.object({
  title: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "titleRequired", abort: true })
      .max(SOURCE_TITLE_MAX, { error: "textTooLong" }),
  ),
  publisher: z.preprocess(
    blankToNull,
    z.string().trim().max(SOURCE_PUBLISHER_MAX, { error: "textTooLong" }).nullable(),
  ),
  url: webUrlSchema,
  archiveUrl: webUrlSchema,
  publishedOn: optionalDaySchema({ notInFuture: true }),
  accessedOn: optionalDaySchema({ notInFuture: true }),
  confidence: z.preprocess(
    blankToNull,
    z.enum(SOURCE_CONFIDENCES, { error: "confidenceRequired" }),
  ),
  language: sourceLanguageSchema,
  /** A PDF of the media library (checked in the write's transaction). */
  documentId: optionalIdSchema,
  /**
   * A checkbox: whether the public site may offer the document (a court ruling may be public, a
   * private letter may not). Without a document there is nothing to show: the write stores false.
   */
  documentPublic: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});

export const sourceUpdateSchema = sourceSchema.and(itemVersionSchema);

export type SourceInput = z.output<typeof sourceSchema>;
