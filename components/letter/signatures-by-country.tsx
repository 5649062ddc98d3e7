import { getFormatter, getTranslations } from "next-intl/server";
import {
  MIN_SIGNERS_PER_COUNTRY,
  type GroupedCountryCounts,
} from "@/lib/letter-answers/country-counts";

/**
 * Confirmed signers by country of residence, most first; countries with fewer than
 * MIN_SIGNERS_PER_COUNTRY signers are summed as "other countries" and never named.
 */
export async function SignaturesByCountry({ statistics }: { statistics: GroupedCountryCounts }) {
  const [t, format] = await Promise.all([getTranslations("LetterOutcomes"), getFormatter()]);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t("countriesNote", { min: MIN_SIGNERS_PER_COUNTRY })}
      </p>
      <table className="w-full max-w-md text-left" data-testid="signatures-by-country">
        <caption className="sr-only">{t("countriesCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-1 pe-4">
              {t("columnCountry")}
            </th>
            <th scope="col" className="py-1 text-end">
              {t("columnSigners")}
            </th>
          </tr>
        </thead>
        <tbody>
          {statistics.countries.map((country) => (
            <tr key={country.code} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 pe-4 font-normal">
                {country.name}
              </th>
              <td className="py-1 text-end tabular-nums">{format.number(country.count)}</td>
            </tr>
          ))}
          {statistics.otherCountries > 0 ? (
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 pe-4 font-normal">
                {t("otherCountries")}
              </th>
              <td className="py-1 text-end tabular-nums">
                {format.number(statistics.otherCountries)}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
