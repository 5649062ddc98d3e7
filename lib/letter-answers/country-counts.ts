import type { Locale } from "@/lib/i18n/routing";
import { signerCountryName } from "@/lib/signing/countries";

/**
 * A country with fewer signers than this is not named: with a handful of signers from a small
 * country, a regime could narrow down who they are. They are summed as "other countries".
 */
export const MIN_SIGNERS_PER_COUNTRY = 10;

export interface SignatureCountryCountDto {
  code: string;
  name: string;
  count: number;
}

export interface GroupedCountryCounts {
  /** Countries with at least MIN_SIGNERS_PER_COUNTRY confirmed signers, most first. */
  countries: SignatureCountryCountDto[];
  /** Confirmed signers from the countries not named. */
  otherCountries: number;
}

/** Names the countries with enough signers and sums the rest. */
export function groupCountryCounts(
  rows: readonly { countryCode: string; count: number }[],
  locale: Locale,
): GroupedCountryCounts {
  const otherCountries = rows
    .filter((row) => row.count < MIN_SIGNERS_PER_COUNTRY)
    .reduce((sum, row) => sum + row.count, 0);
  const countries = rows
    .filter((row) => row.count >= MIN_SIGNERS_PER_COUNTRY)
    .map((row) => ({
      code: row.countryCode,
      name: signerCountryName(row.countryCode, locale),
      count: row.count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  return { countries, otherCountries };
}
