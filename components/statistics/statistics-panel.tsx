import { getFormatter, getTranslations } from "next-intl/server";
import { StatisticsFigure } from "@/components/statistics/statistics-figure";
import type { PrisonerStatisticsDto } from "@/lib/data/statistics";
import { TOP_CHARGES } from "@/lib/data/statistics-limits";

/** The statistics page's content: the totals, then one chart with its table per breakdown. */
export async function StatisticsPanel({ statistics }: { statistics: PrisonerStatisticsDto }) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("StatisticsPage"),
    getTranslations("PrisonerStatus"),
    getFormatter(),
  ]);
  const totals = [
    { key: "documented", value: statistics.documented },
    { key: "detained", value: statistics.detained },
  ] as const;

  return (
    <div className="flex flex-col gap-10">
      <dl className="grid gap-4 sm:grid-cols-2">
        {totals.map((total) => (
          <div
            key={total.key}
            className="flex flex-col-reverse justify-end gap-1 rounded-lg border border-slate-200 bg-slate-50 p-5 dark:border-slate-700 dark:bg-slate-800/60"
          >
            <dt className="font-semibold text-slate-900 dark:text-slate-100">{t(total.key)}</dt>
            <dd className="text-4xl font-bold tracking-tight text-accent-800 tabular-nums dark:text-accent-200">
              {format.number(total.value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-700 dark:text-slate-300">{t("withheldNote")}</p>

      <div className="grid items-start gap-8 lg:grid-cols-2">
        <StatisticsFigure
          id="by-country"
          title={t("byCountry")}
          caption={t("byCountryCaption")}
          labelHeader={t("country")}
          layout="bars"
          data={statistics.byCountry.map((country) => ({
            key: country.code,
            label: country.name.text,
            lang: country.name.isFallback ? country.name.lang : undefined,
            count: country.documented,
          }))}
        />
        <StatisticsFigure
          id="by-status"
          title={t("byStatus")}
          caption={t("byStatusCaption")}
          labelHeader={t("status")}
          layout="bars"
          data={statistics.byStatus.map((row) => ({
            key: row.status,
            label: tStatus(row.status),
            count: row.count,
          }))}
        />
        <StatisticsFigure
          id="by-arrest-year"
          title={t("byArrestYear")}
          caption={t("byArrestYearCaption")}
          labelHeader={t("year")}
          layout="columns"
          data={statistics.byArrestYear.map((row) => ({
            key: String(row.year ?? "unknown"),
            label: row.year === null ? t("unknownYear") : String(row.year),
            count: row.count,
          }))}
        />
        <StatisticsFigure
          id="by-charge"
          title={t("byCharge")}
          caption={t("byChargeCaption", { count: TOP_CHARGES })}
          labelHeader={t("charge")}
          layout="bars"
          note={t("byChargeNote")}
          data={statistics.byCharge.map((row) => {
            const article = row.part
              ? t("articlePart", { article: row.article, part: row.part })
              : t("article", { article: row.article });
            return {
              key: row.articleId,
              label: `${article} (${row.countryCode})`,
              fullLabel: `${article}, ${row.codeName.text}: ${row.title.text}`,
              count: row.count,
            };
          })}
        />
      </div>
    </div>
  );
}
