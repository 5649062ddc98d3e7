import { z } from "zod";
import { richTextDocSchema, type RichTextDoc } from "@/lib/content-model/rich-text";

/**
 * Localised content as stored in JSON columns (see the header of prisma/schema.prisma):
 *
 *   LocalizedText      { "en"?: string, "ru"?: string }
 *   LocalizedRichText  { "en"?: RichTextDoc, "ru"?: RichTextDoc }
 *
 * A missing key means "not translated"; readers fall back to English. To add a content locale,
 * add it to CONTENT_LOCALES: the schemas below then accept it and existing rows stay valid.
 */

export type { RichTextDoc } from "@/lib/content-model/rich-text";

export const CONTENT_LOCALES = ["en", "ru"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** The locale every piece of content should have and that readers fall back to. */
export const FALLBACK_LOCALE: ContentLocale = "en";

export function isContentLocale(value: string): value is ContentLocale {
  return (CONTENT_LOCALES as readonly string[]).includes(value);
}

export type LocalizedText = Partial<Record<ContentLocale, string>>;
export type LocalizedRichText = Partial<Record<ContentLocale, RichTextDoc>>;

const localeSchema = z.enum(CONTENT_LOCALES);

/**
 * A LocalizedText as submitted by a form or stored in the database. Values are trimmed and blank
 * ones dropped, so an emptied translation field removes the translation. Unknown locales are refused.
 */
export const localizedTextSchema = z
  .partialRecord(localeSchema, z.string().trim())
  .transform((value): LocalizedText => {
    const result: LocalizedText = {};
    for (const locale of CONTENT_LOCALES) {
      const text = value[locale];
      if (text) result[locale] = text;
    }
    return result;
  });

export const localizedRichTextSchema = z.partialRecord(localeSchema, richTextDocSchema);

/** Validates a LocalizedText read from a JSON column; throws if the stored shape is wrong. */
export function parseLocalizedText(json: unknown): LocalizedText {
  return localizedTextSchema.parse(json ?? {});
}

/** Validates a LocalizedRichText read from a JSON column; throws if the stored shape is wrong. */
export function parseLocalizedRichText(json: unknown): LocalizedRichText {
  return localizedRichTextSchema.parse(json ?? {});
}

/** A value in the requested locale, or in the fallback locale, with the locale actually used. */
export interface ResolvedLocalized<T> {
  value: T;
  /** The locale of `value`; pages set `lang` to it when it differs from the page's locale. */
  locale: ContentLocale;
  isFallback: boolean;
}

export function resolveLocalized<T>(
  localized: Partial<Record<ContentLocale, T>> | null | undefined,
  locale: ContentLocale,
): ResolvedLocalized<T> | null {
  if (!localized) return null;
  const requested = localized[locale];
  if (requested !== undefined) return { value: requested, locale, isFallback: false };
  const fallback = localized[FALLBACK_LOCALE];
  if (fallback !== undefined) {
    return { value: fallback, locale: FALLBACK_LOCALE, isFallback: locale !== FALLBACK_LOCALE };
  }
  return null;
}

/** The text in the requested locale or the fallback, or "" when neither exists. */
export function localizedString(
  localized: LocalizedText | null | undefined,
  locale: ContentLocale,
): string {
  return resolveLocalized(localized, locale)?.value ?? "";
}
