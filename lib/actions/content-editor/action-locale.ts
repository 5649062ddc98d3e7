import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";

/**
 * The language of the page that posted a form (its hidden `locale` field), for the address the
 * action sends the user to afterwards. Anything else falls back to the default locale.
 */
export function actionLocale(formData: FormData): Locale {
  return knownLocaleOr(formData.get("locale"));
}
