import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryOverviewDto } from "@/lib/data/countries";

/**
 * A country's key figures and its breakdown by status. The figure is shown above its label but
 * read after it ("Prisoners documented: 6"), as on the home page.
 */
export async function CountryFigures({ country }: { country: CountryOverviewDto }) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("CountryPage"),
    getTranslations("PrisonerStatus"),
    getFormatter(),
  ]);
  const figures = [
    { key: "documented", value: country.documented },
    { key: "detained", value: country.detained },
  ] as const;

  return (
    <div className="flex flex-col gap-8">
      <dl className="grid gap-4 sm:grid-cols-2">
        {figures.map((figure) => (
          <div
            key={figure.key}
            className="flex flex-col-reverse justify-end gap-1 rounded-lg border border-slate-200 bg-slate-50 p-5 dark:border-slate-700 dark:bg-slate-800/60"
          >
            <dt className="flex flex-col gap-1">
              <span className="font-semibold text-slate-900 dark:text-slate-100">
                {t(figure.key)}
              </span>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {t(`${figure.key}Hint`)}
              </span>
            </dt>
            <dd className="text-4xl font-bold tracking-tight text-accent-800 tabular-nums dark:text-accent-200">
              {format.number(figure.value)}
            </dd>
          </div>
        ))}
      </dl>

      {country.byStatus.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("byStatusHeading")}
          </h3>
          <table className="w-full max-w-xl border-collapse text-left">
            <caption className="sr-only">
              {t("byStatusCaption", { country: country.name.text })}
            </caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pe-4 font-semibold">
                  {t("status")}
                </th>
                <th scope="col" className="py-2 text-end font-semibold">
                  {t("count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {country.byStatus.map((row) => (
                <tr key={row.status} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pe-4 font-normal">
                    {tStatus(row.status)}
                  </th>
                  <td className="py-2 text-end tabular-nums">{format.number(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
