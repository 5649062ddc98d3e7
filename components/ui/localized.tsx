import type { ResolvedText } from "@/lib/i18n/resolved-text";

/**
 * Localised database text. Fallback text (e.g. English on a Russian page) carries its own `lang`,
 * so screen readers switch pronunciation and browsers hyphenate correctly (WCAG 3.1.2).
 */
export function Localized({ value }: { value: ResolvedText }) {
  return value.isFallback ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}

/** The `lang` attribute for an element whose whole content is this localised value. */
export function langOf(value: { lang: string; isFallback: boolean } | null | undefined) {
  return value?.isFallback ? value.lang : undefined;
}
