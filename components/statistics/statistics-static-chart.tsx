import type { ChartDatum } from "@/components/statistics/statistics-bar-chart";

interface StatisticsStaticChartProps {
  data: ChartDatum[];
  layout: "bars" | "columns";
}

/**
 * The chart as plain HTML bars, drawn on the server: what the page shows before Recharts is
 * loaded (see statistics-lazy-chart.tsx), and all that a browser without JavaScript shows.
 * Decorative like the Recharts chart: the figure's summary and table carry the data.
 */
export function StatisticsStaticChart({ data, layout }: StatisticsStaticChartProps) {
  const largest = Math.max(...data.map((datum) => datum.count), 1);
  const share = (count: number) => `${(count / largest) * 100}%`;

  if (layout === "columns") {
    return (
      <div className="flex h-full items-end gap-2 px-10 pt-2 pb-8 text-[13px]">
        {data.map((datum) => (
          <div key={datum.label} className="flex h-full flex-1 flex-col items-center justify-end">
            <span className="tabular-nums">{datum.count}</span>
            <span
              className="w-full max-w-14 rounded-t bg-accent-700 dark:bg-accent-300"
              style={{ height: share(datum.count) }}
            />
            <span className="-mb-7 pt-1">{datum.label}</span>
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="flex h-full flex-col justify-center gap-2 py-6 pe-10 text-[13px]">
      {data.map((datum) => (
        <div
          key={datum.label}
          className="grid h-7 grid-cols-[minmax(0,9rem)_1fr] items-center gap-2"
        >
          <span className="truncate text-end">{datum.label}</span>
          <span className="flex h-full items-center gap-1">
            <span
              className="h-full rounded-e bg-accent-700 dark:bg-accent-300"
              style={{ width: `calc(${share(datum.count)} - 2rem)` }}
            />
            <span className="tabular-nums">{datum.count}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
