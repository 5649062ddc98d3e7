import {
  localizedRichTextSchema,
  localizedTextSchema,
  resolveLocalized,
  type LocalizedRichText,
} from "@/lib/content-model/localized";
import { isRichTextEmpty, type RichTextDoc } from "@/lib/content-model/rich-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Localised database text resolved for one page locale, as public DTOs carry it. `lang` is the
 * language the text is actually in, so the UI can mark fallback text with a `lang` attribute
 * (screen readers then pronounce it in the right language, WCAG 3.1.2).
 *
 * The fallback rule itself (requested locale, then English) is lib/content-model's resolveLocalized.
 */
export interface ResolvedText {
  text: string;
  lang: Locale;
  /** True when the text is not in the requested locale. */
  isFallback: boolean;
}

/** A rich-text document resolved like text. */
export interface ResolvedRichText {
  doc: RichTextDoc;
  lang: Locale;
  isFallback: boolean;
}

/**
 * Resolves a LocalizedText column. A value of the wrong shape resolves to null instead of
 * throwing: one damaged row must not take a public list page down with it.
 */
export function resolveLocalizedText(value: unknown, locale: Locale): ResolvedText | null {
  const parsed = localizedTextSchema.safeParse(value ?? {});
  if (!parsed.success) return null;
  const resolved = resolveLocalized(parsed.data, locale);
  return resolved
    ? { text: resolved.value, lang: resolved.locale, isFallback: resolved.isFallback }
    : null;
}

/** Like resolveLocalizedText, for fields that must show something (a name, a title). */
export function resolveLocalizedTextOr(
  value: unknown,
  locale: Locale,
  placeholder: string,
): ResolvedText {
  return (
    resolveLocalizedText(value, locale) ?? { text: placeholder, lang: locale, isFallback: false }
  );
}

/** Resolves a ResolvedRichText column; an empty document counts as "not written". */
export function resolveLocalizedRichText(value: unknown, locale: Locale): ResolvedRichText | null {
  const parsed = localizedRichTextSchema.safeParse(value ?? {});
  if (!parsed.success) return null;
  const written: LocalizedRichText = {};
  for (const [key, doc] of Object.entries(parsed.data) as [Locale, RichTextDoc | undefined][]) {
    if (doc && !isRichTextEmpty(doc)) written[key] = doc;
  }
  const resolved = resolveLocalized(written, locale);
  return resolved
    ? { doc: resolved.value, lang: resolved.locale, isFallback: resolved.isFallback }
    : null;
}
