import { z } from "zod";
import {
  CONTENT_LOCALES,
  FALLBACK_LOCALE,
  type ContentLocale,
  type LocalizedRichText,
  type LocalizedText,
} from "@/lib/content-model/localized";
import {
  isRichTextEmpty,
  richTextDocSchema,
  richTextFromPlainText,
  type RichTextDoc,
} from "@/lib/content-model/rich-text";

/**
 * Form-level schemas for localised fields. A localised field `name` is submitted as one input per
 * content locale, `name.en`, `name.ru` (the dashboard's LocalizedFields block renders them side by
 * side), and arrives here as `{ en?: string, ru?: string }`. Blank translations are dropped, so
 * emptying a field removes its translation.
 *
 * Error messages are keys of the `EditorForm.errors` namespace; a missing required translation is
 * reported on the locale's own input (path `name.en`) so the form can mark exactly that input.
 */

export type LocalizedErrorCode = "englishRequired" | "textTooLong" | "richTextInvalid";

interface LocalizedTextOptions {
  /** The fallback locale must be present (names, titles). */
  required?: boolean;
  max?: number;
}

const localizedInputSchema = z
  .partialRecord(z.enum(CONTENT_LOCALES), z.union([z.string(), z.null(), z.undefined()]))
  .nullish();

/** A LocalizedText from a form or an importer: `{ en?, ru? }` → trimmed, blank ones dropped. */
export function localizedTextInputSchema(options: LocalizedTextOptions = {}) {
  const max = options.max ?? 10_000;
  return localizedInputSchema.transform((value, context): LocalizedText => {
    const result: LocalizedText = {};
    for (const locale of CONTENT_LOCALES) {
      const text = value?.[locale]?.trim();
      if (!text) continue;
      if (text.length > max) {
        context.addIssue({ code: "custom", message: "textTooLong", path: [locale] });
        continue;
      }
      result[locale] = text;
    }
    if (options.required && !result[FALLBACK_LOCALE]) {
      context.addIssue({ code: "custom", message: "englishRequired", path: [FALLBACK_LOCALE] });
    }
    return result;
  });
}

/**
 * A LocalizedRichText from a form: each locale is the editor's JSON document (the hidden input
 * the RichTextEditor keeps up to date) or, without JavaScript, the plain text typed into the
 * fallback textarea, whose blank-line-separated paragraphs become a document. Empty documents
 * are dropped.
 */
export function localizedRichTextInputSchema(options: { required?: boolean } = {}) {
  return localizedInputSchema.transform((value, context): LocalizedRichText => {
    const result: LocalizedRichText = {};
    for (const locale of CONTENT_LOCALES) {
      const text = value?.[locale]?.trim();
      if (!text) continue;
      const doc = parseRichTextField(text);
      if (!doc) {
        context.addIssue({ code: "custom", message: "richTextInvalid", path: [locale] });
        continue;
      }
      if (!isRichTextEmpty(doc)) result[locale] = doc;
    }
    if (options.required && !result[FALLBACK_LOCALE]) {
      context.addIssue({ code: "custom", message: "englishRequired", path: [FALLBACK_LOCALE] });
    }
    return result;
  });
}

/**
 * The value of a rich-text field: a JSON document when the editor ran, plain text when it did
 * not. Text that starts like JSON must be a valid document (a broken editor state is an error,
 * never silently saved as text).
 */
export function parseRichTextField(text: string): RichTextDoc | null {
  if (!text.startsWith("{")) return richTextFromPlainText(text);
  try {
    const parsed = richTextDocSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not JSON after all: malformed editor state.
    return null;
  }
}

/** Translation status of one item: which content locales miss at least one translated field. */
export interface TranslationStatus {
  complete: boolean;
  /** Locales with a field that has text in another locale but not in this one. */
  missing: ContentLocale[];
}

/**
 * Compares the localised fields of an item: a locale is "missing" when any field has a value in
 * some locale but not in it. Fields empty in every locale do not count.
 */
export function translationStatus(
  fields: readonly (Partial<Record<ContentLocale, unknown>> | null | undefined)[],
): TranslationStatus {
  const missing = new Set<ContentLocale>();
  for (const field of fields) {
    if (!field) continue;
    const present = CONTENT_LOCALES.filter((locale) => hasValue(field[locale]));
    if (present.length === 0) continue;
    for (const locale of CONTENT_LOCALES) if (!present.includes(locale)) missing.add(locale);
  }
  const list = CONTENT_LOCALES.filter((locale) => missing.has(locale));
  return { complete: list.length === 0, missing: list };
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim().length > 0;
  return true;
}
