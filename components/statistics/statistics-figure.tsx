import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { chartHeight } from "@/components/statistics/chart-height";
import type { ChartDatum } from "@/components/statistics/statistics-bar-chart";
import { StatisticsLazyChart } from "@/components/statistics/statistics-lazy-chart";
import { StatisticsStaticChart } from "@/components/statistics/statistics-static-chart";

interface StatisticsFigureProps {
  id: string;
  title: string;
  /** Says what the numbers count; the table's caption and the start of the chart's summary. */
  caption: string;
  /** Header of the label column ("Country"). */
  labelHeader: string;
  /** `label` is shown in the chart; `fullLabel`, when given, in the table and the summary. */
  data: (ChartDatum & { key: string; fullLabel?: string; lang?: string })[];
  layout: "bars" | "columns";
  note?: ReactNode;
}

/** How many items the chart's spoken summary names before "and N more". */
const SUMMARY_ITEMS = 6;

/**
 * One figure of the statistics page: a chart for the eye, summarised in words for screen readers
 * (role="img" with a label), and the same data as a real table behind a disclosure.
 */
export async function StatisticsFigure({
  id,
  title,
  caption,
  labelHeader,
  data,
  layout,
  note,
}: StatisticsFigureProps) {
  const [t, format] = await Promise.all([getTranslations("StatisticsPage"), getFormatter()]);
  const items = data
    .slice(0, SUMMARY_ITEMS)
    .map((datum) =>
      t("chartItem", { label: datum.fullLabel ?? datum.label, count: format.number(datum.count) }),
    );
  if (data.length > SUMMARY_ITEMS)
    items.push(t("chartMore", { count: data.length - SUMMARY_ITEMS }));
  const summary = t("chartSummary", { caption, items: items.join(", ") });
  const chartData = data.map(({ label, count }) => ({ label, count }));

  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700"
    >
      <h2
        id={`${id}-heading`}
        className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50"
      >
        {title}
      </h2>
      {data.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t("empty")}</p>
      ) : (
        <>
          <div role="img" aria-label={summary}>
            <StatisticsLazyChart
              data={chartData}
              layout={layout}
              height={chartHeight(chartData, layout)}
            >
              <StatisticsStaticChart data={chartData} layout={layout} />
            </StatisticsLazyChart>
          </div>
          {note ? <p className="text-sm text-slate-700 dark:text-slate-300">{note}</p> : null}
          <details className="group">
            <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md font-medium text-accent-700 underline underline-offset-4 dark:text-accent-200">
              {t("showData")}
            </summary>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">
                  {caption}
                </caption>
                <thead>
                  <tr className="border-b border-slate-300 dark:border-slate-600">
                    <th scope="col" className="py-2 pe-4 font-semibold">
                      {labelHeader}
                    </th>
                    <th scope="col" className="py-2 text-end font-semibold">
                      {t("count")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((datum) => (
                    <tr key={datum.key} className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="row" lang={datum.lang} className="py-2 pe-4 font-normal">
                        {datum.fullLabel ?? datum.label}
                      </th>
                      <td className="py-2 text-end tabular-nums">{format.number(datum.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
