import { z } from "zod";
import {
  CONTENT_LOCALES,
  FALLBACK_LOCALE,
  type LocalizedText,
} from "@/lib/content-model/localized";
import { formText } from "@/lib/validation/form-text";

/**
 * The words that go with an uploaded file: its text alternative (per content locale) and its
 * credit. Shared by the upload route, the "edit details" action and their forms.
 *
 * Images need both: a picture without alt text is invisible to screen-reader users (WCAG 1.1.1),
 * and a photograph without a credit may not be published. PDFs are described by the page that
 * links them, so both are optional for them.
 *
 * Error messages are keys of the "Media.errors" namespace.
 */

export const ALT_MAX_LENGTH = 300;
export const CREDIT_MAX_LENGTH = 200;

export type MediaDetailsErrorCode =
  "altRequired" | "altTooLong" | "creditRequired" | "creditTooLong";

/** Form field names: `alt.en`, `alt.ru`, … and `credit`. */
export type MediaDetailsField = `alt.${(typeof CONTENT_LOCALES)[number]}` | "credit";
export type MediaDetailsValues = Record<MediaDetailsField, string>;
export type MediaDetailsErrors = Partial<Record<MediaDetailsField, MediaDetailsErrorCode>>;

export interface MediaDetails {
  alt: LocalizedText;
  credit: string | null;
}

export const MEDIA_DETAILS_FIELDS: MediaDetailsField[] = [
  ...CONTENT_LOCALES.map((locale) => `alt.${locale}` as const),
  "credit",
];

export function mediaDetailsSchema(kind: "IMAGE" | "PDF") {
  const required = kind === "IMAGE";
  const alt = (locale: string) =>
    z
      .string()
      .trim()
      .max(ALT_MAX_LENGTH, { error: "altTooLong" })
      .refine((text) => !(required && locale === FALLBACK_LOCALE && text === ""), {
        error: "altRequired",
      });
  return z.object({
    ...(Object.fromEntries(
      CONTENT_LOCALES.map((locale) => [`alt.${locale}`, alt(locale)]),
    ) as Record<`alt.${(typeof CONTENT_LOCALES)[number]}`, ReturnType<typeof alt>>),
    credit: z
      .string()
      .trim()
      .max(CREDIT_MAX_LENGTH, { error: "creditTooLong" })
      .refine((text) => !(required && text === ""), { error: "creditRequired" }),
  });
}

/** The submitted details, as typed (echoed back into the form when something is wrong). */
export function readMediaDetailsValues(formData: FormData): MediaDetailsValues {
  return Object.fromEntries(
    MEDIA_DETAILS_FIELDS.map((name) => [name, formText(formData, name)]),
  ) as MediaDetailsValues;
}

export type ParsedMediaDetails =
  { success: true; details: MediaDetails } | { success: false; errors: MediaDetailsErrors };

const ERROR_CODES = new Set<string>([
  "altRequired",
  "altTooLong",
  "creditRequired",
  "creditTooLong",
] satisfies MediaDetailsErrorCode[]);

/** Validates the details for a file of the given kind; errors are the first per field. */
export function parseMediaDetails(
  values: MediaDetailsValues,
  kind: "IMAGE" | "PDF",
): ParsedMediaDetails {
  const parsed = mediaDetailsSchema(kind).safeParse(values);
  if (!parsed.success) {
    const errors: MediaDetailsErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as MediaDetailsField;
      if (errors[field]) continue;
      errors[field] = ERROR_CODES.has(issue.message)
        ? (issue.message as MediaDetailsErrorCode)
        : field === "credit"
          ? "creditTooLong"
          : "altTooLong";
    }
    return { success: false, errors };
  }
  const alt: LocalizedText = {};
  for (const locale of CONTENT_LOCALES) {
    const text = parsed.data[`alt.${locale}`];
    if (text) alt[locale] = text;
  }
  return { success: true, details: { alt, credit: parsed.data.credit || null } };
}
