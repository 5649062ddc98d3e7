import { isContentLocale, type ContentLocale } from "@/lib/content-model/localized";
import { routing } from "@/lib/i18n/routing";

/**
 * The locales a localised field is edited in: the site's locales that content can be stored in.
 * Adding a locale to routing and to CONTENT_LOCALES adds an input to every localised field.
 */
export const FORM_LOCALES: readonly ContentLocale[] = routing.locales.filter(isContentLocale);

/** A language's name in the page's language ("Russian" on English pages, "русский" on Russian ones). */
export function languageName(locale: string, pageLocale: string): string {
  const name = new Intl.DisplayNames([pageLocale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(pageLocale) + name.slice(1);
}
