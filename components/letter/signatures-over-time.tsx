import { getFormatter, getTranslations } from "next-intl/server";
import { bucketEnd, type SignatureBucket } from "@/lib/letter-answers/signature-buckets";

/** The plot's own coordinates; the SVG stretches them to the box (the line keeps its width). */
const PLOT = { width: 1000, height: 200 };
const BOX_HEIGHT = 240;

/** The running total as a path: from zero at the first bucket's start to each bucket's end. */
function runningTotalPath(buckets: SignatureBucket[]): { line: string; area: string } {
  const first = Date.parse(buckets[0]!.start);
  const last = bucketEnd(buckets.at(-1)!);
  const span = Math.max(last - first, 1);
  const largest = Math.max(buckets.at(-1)!.total, 1);
  const x = (time: number) => (((time - first) / span) * PLOT.width).toFixed(1);
  const y = (total: number) => (PLOT.height - (total / largest) * PLOT.height).toFixed(1);
  const points = [`${x(first)},${y(0)}`, ...buckets.map((b) => `${x(bucketEnd(b))},${y(b.total)}`)];
  const line = `M${points.join(" L")}`;
  return { line, area: `${line} L${x(last)},${PLOT.height} L${x(first)},${PLOT.height} Z` };
}

/**
 * Signatures over time, drawn on the server as SVG (no script, like the statistics page's
 * fallback charts) with a spoken summary, and the same figures as a table: hourly for the first
 * days, then daily (lib/letter-answers/signature-buckets.ts). The SVG is labelled as an image
 * with the summary; the table is the accessible form of the data.
 */
export async function SignaturesOverTime({ buckets }: { buckets: SignatureBucket[] }) {
  const [t, format] = await Promise.all([getTranslations("LetterOutcomes"), getFormatter()]);
  if (buckets.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{t("noSignaturesYet")}</p>;
  }
  const day = (iso: string) =>
    format.dateTime(new Date(iso), {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
  const period = (bucket: SignatureBucket) =>
    bucket.unit === "day"
      ? day(bucket.start)
      : format.dateTime(new Date(bucket.start), {
          day: "numeric",
          month: "short",
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
          timeZone: "UTC",
        });
  const total = buckets.at(-1)!.total;
  const { line, area } = runningTotalPath(buckets);
  const summary = t("chartSummary", { total: format.number(total), first: day(buckets[0]!.start) });
  return (
    <figure className="flex flex-col gap-3" data-testid="signatures-over-time">
      <svg
        width="100%"
        height={BOX_HEIGHT}
        role="img"
        aria-label={t("chartLabel")}
        aria-describedby="signatures-over-time-summary"
        className="block text-[12px] text-slate-800 dark:text-slate-200"
      >
        <svg
          x="0"
          y="16"
          width="100%"
          height={BOX_HEIGHT - 48}
          viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
          preserveAspectRatio="none"
        >
          <path d={area} className="fill-accent-700/15 dark:fill-accent-300/20" />
          <path
            d={line}
            fill="none"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            className="stroke-accent-700 dark:stroke-accent-300"
          />
        </svg>
        <line
          x1="0"
          x2="100%"
          y1={BOX_HEIGHT - 32}
          y2={BOX_HEIGHT - 32}
          className="stroke-slate-400"
        />
        <text x="0" y="12" fill="currentColor" className="tabular-nums">
          {format.number(total)}
        </text>
        <text x="0" y={BOX_HEIGHT - 12} fill="currentColor">
          {day(buckets[0]!.start)}
        </text>
        <text x="100%" y={BOX_HEIGHT - 12} textAnchor="end" fill="currentColor">
          {day(buckets.at(-1)!.start)}
        </text>
      </svg>
      <figcaption id="signatures-over-time-summary" className="text-slate-800 dark:text-slate-200">
        {summary}
      </figcaption>
      <details className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">{t("tableToggle")}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1 pe-4">
                {t("columnPeriod")}
              </th>
              <th scope="col" className="py-1 pe-4 text-end">
                {t("columnCount")}
              </th>
              <th scope="col" className="py-1 text-end">
                {t("columnTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 pe-4 font-normal">
                  <time dateTime={bucket.start}>{period(bucket)}</time>
                </th>
                <td className="py-1 pe-4 text-end tabular-nums">{format.number(bucket.count)}</td>
                <td className="py-1 text-end tabular-nums">{format.number(bucket.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
