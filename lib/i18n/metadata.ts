import type { Metadata } from "next";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * Canonical URL and hreflang alternates of a page that exists in every locale. `path` is the
 * path without the locale prefix ("/prisoners/ivan-petrov"). URLs are made absolute against the
 * layout's metadataBase.
 */
export function localeAlternates(
  locale: Locale,
  path: string,
): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const candidate of routing.locales) {
    languages[candidate] = getPathname({ href: path, locale: candidate });
  }
  languages["x-default"] = getPathname({ href: path, locale: routing.defaultLocale });
  return { canonical: getPathname({ href: path, locale }), languages };
}
