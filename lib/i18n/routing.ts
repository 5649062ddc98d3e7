import { defineRouting } from "next-intl/routing";

/**
 * The one list of locales. Adding a locale means adding it here and a messages file next to
 * en.json; routes, the locale switch, hreflang links and metadata follow from this list.
 */
export const routing = defineRouting({
  locales: ["en", "ru"],
  // English is also the fallback of localised database content (see localized-text.ts).
  defaultLocale: "en",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
