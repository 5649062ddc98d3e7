import { getLocale } from "next-intl/server";
import type { ChartDatum } from "@/components/statistics/statistics-bar-chart";
import { BAR_ROW, COLUMNS_HEIGHT, chartHeight } from "@/components/statistics/chart-height";

interface StatisticsStaticChartProps {
  data: ChartDatum[];
  layout: "bars" | "columns";
}

/** Where the bars start and how much of the width the longest takes (in % of the chart). */
const BARS = { start: 42, span: 42, top: 24 };
const COLUMNS = { top: 28, bottom: 32 };
/**
 * Labels longer than this are cut for the chart (the table below gives them whole): 16
 * characters of 12-pixel text fit the label column on a 360-pixel-wide phone (18 did not:
 * tests/e2e/statistics-fallback.spec.ts measured "Prosecuted, not d…" 7 px past the edge).
 */
const LABEL_CHARS = 16;
/** Above this many columns, the figures are left to the table (they would touch on a phone). */
const COLUMN_VALUES_UP_TO = 10;
/** At most this many year labels under the columns; the others are left out evenly. */
const COLUMN_LABELS = 8;

function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label;
}

/**
 * The chart drawn on the server as SVG: what the page shows before Recharts is loaded (see
 * statistics-lazy-chart.tsx), and all that a browser without JavaScript shows. To scale: a bar's
 * length is its share of the largest figure, on a linear axis from zero; a figure above zero
 * always gets at least a 2-pixel bar, so that no count looks like none. Horizontal positions are
 * percentages of the width (the SVG has no viewBox), so text keeps its size at any width while
 * the bars stretch; the height is the box's (chart-height.ts), and the SVG clips to it, so a
 * chart can never spill over its neighbour. Decorative like the Recharts chart
 * (the box is aria-hidden): the figure's spoken summary and its table carry the data.
 */
export async function StatisticsStaticChart({ data, layout }: StatisticsStaticChartProps) {
  const format = new Intl.NumberFormat(await getLocale());
  const largest = Math.max(...data.map((datum) => datum.count), 1);
  const share = (count: number) => count / largest;
  const height = chartHeight(data, layout);

  if (layout === "columns") {
    const plot = COLUMNS_HEIGHT - COLUMNS.top - COLUMNS.bottom;
    const axis = COLUMNS.top + plot;
    const slot = 100 / data.length;
    const labelEvery = Math.ceil(data.length / COLUMN_LABELS);
    return (
      <svg width="100%" height={height} className="block text-[12px]" data-static-chart="columns">
        <line x1="0" x2="100%" y1={axis} y2={axis} className="stroke-slate-400" />
        {data.map((datum, index) => {
          const barHeight = datum.count > 0 ? Math.max(2, share(datum.count) * plot) : 0;
          const centre = `${slot * (index + 0.5)}%`;
          return (
            <g key={datum.label} data-count={datum.count}>
              <rect
                x={`${slot * (index + 0.2)}%`}
                width={`${slot * 0.6}%`}
                y={axis - barHeight}
                height={barHeight}
                className="fill-accent-700 dark:fill-accent-300"
              />
              {data.length <= COLUMN_VALUES_UP_TO ? (
                <text
                  x={centre}
                  y={axis - barHeight - 6}
                  textAnchor="middle"
                  fill="currentColor"
                  className="tabular-nums"
                >
                  {format.format(datum.count)}
                </text>
              ) : null}
              {index % labelEvery === 0 ? (
                <text x={centre} y={axis + 20} textAnchor="middle" fill="currentColor">
                  {shortLabel(datum.label)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    );
  }

  return (
    <svg width="100%" height={height} className="block text-[12px]" data-static-chart="bars">
      {data.map((datum, index) => {
        const middle = BARS.top + index * BAR_ROW + BAR_ROW / 2;
        const length = share(datum.count) * BARS.span;
        return (
          <g key={datum.label} data-count={datum.count}>
            <text
              x={`${BARS.start}%`}
              dx={-8}
              y={middle}
              textAnchor="end"
              dominantBaseline="central"
              fill="currentColor"
            >
              {shortLabel(datum.label)}
            </text>
            <rect
              x={`${BARS.start}%`}
              width={`${length}%`}
              y={middle - 12}
              height={24}
              className="fill-accent-700 dark:fill-accent-300"
            />
            {datum.count > 0 ? (
              <rect
                x={`${BARS.start}%`}
                width={2}
                y={middle - 12}
                height={24}
                className="fill-accent-700 dark:fill-accent-300"
              />
            ) : null}
            <text
              x={`${BARS.start + length}%`}
              dx={6}
              y={middle}
              dominantBaseline="central"
              fill="currentColor"
              className="tabular-nums"
            >
              {format.format(datum.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
