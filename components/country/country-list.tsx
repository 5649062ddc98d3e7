import { getFormatter, getTranslations } from "next-intl/server";
import { langOf } from "@/components/ui/localized";
import type { CountrySummaryDto } from "@/lib/data/countries";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

/** The countries index: one card per country, named by its link, with its two key figures. */
export async function CountryList({ countries }: { countries: CountrySummaryDto[] }) {
  const [t, format] = await Promise.all([getTranslations("CountriesPage"), getFormatter()]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {countries.map((country) => (
        <li key={country.code} className="card gap-4">
          <h2 className="text-xl leading-snug font-semibold" lang={langOf(country.name)}>
            <Link href={publicRoutes.country(country.code)} className="card-link">
              {country.name.text}
            </Link>
          </h2>
          <dl className="grid grid-cols-2 gap-3">
            {(["documented", "detained"] as const).map((key) => (
              <div key={key} className="flex flex-col-reverse justify-end gap-0.5">
                <dt className="text-sm text-slate-700 dark:text-slate-300">{t(key)}</dt>
                <dd className="text-3xl font-bold tracking-tight text-slate-900 tabular-nums dark:text-slate-50">
                  {format.number(country[key])}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
