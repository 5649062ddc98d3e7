import { resolveLocalizedTextOr, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/** A published prisoner a publication, letter or country page links to. */
export interface LinkedPrisonerDto {
  slug: string;
  name: ResolvedText;
}

export interface LinkedCountryDto {
  /** ISO code, upper case. */
  code: string;
  name: ResolvedText;
}

/** Sorts by the resolved name in the page's language ("Казахстан" before "Россия" in Russian). */
export function byLocalizedName<T extends { name: ResolvedText }>(locale: Locale) {
  const collator = new Intl.Collator(locale);
  return (a: T, b: T) => collator.compare(a.name.text, b.name.text);
}

export function toLinkedPrisoner(
  prisoner: { slug: string; name: unknown },
  locale: Locale,
): LinkedPrisonerDto {
  return {
    slug: prisoner.slug,
    name: resolveLocalizedTextOr(prisoner.name, locale, prisoner.slug),
  };
}

/** Countries in the page language's alphabetical order. */
export function toLinkedCountries(
  countries: ReadonlyArray<{ code: string; name: unknown }>,
  locale: Locale,
): LinkedCountryDto[] {
  return countries
    .map((country) => ({
      code: country.code,
      name: resolveLocalizedTextOr(country.name, locale, country.code),
    }))
    .sort(byLocalizedName(locale));
}
