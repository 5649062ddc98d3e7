import type { Locale } from "@/lib/i18n/routing";

/**
 * Each locale's name in its own language: the locale switch shows "Русский" on English pages too,
 * because a reader looking for their language recognises it in that language.
 */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
};
