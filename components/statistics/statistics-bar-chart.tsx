"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

export interface ChartDatum {
  label: string;
  count: number;
}

export interface StatisticsBarChartProps {
  data: ChartDatum[];
  /** Horizontal bars suit long labels (countries, statuses, articles); columns suit years. */
  layout: "bars" | "columns";
}

/**
 * A bar chart drawn by Recharts, filling the box of StatisticsLazyChart (which loads this module
 * when the chart comes into view). Decorative for assistive technology: StatisticsFigure gives it
 * a text summary (role="img") and the same figures follow as a table. Recharts' keyboard layer is
 * off for the same reason: there is nothing to reach inside it.
 */
export function StatisticsBarChart({ data, layout }: StatisticsBarChartProps) {
  const horizontal = layout === "bars";
  const longest = Math.max(...data.map((datum) => datum.label.length), 4);

  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={data}
      layout={horizontal ? "vertical" : "horizontal"}
      margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
      style={{ width: "100%", height: "100%" }}
    >
      <CartesianGrid
        horizontal={!horizontal}
        vertical={horizontal}
        stroke="currentColor"
        strokeOpacity={0.2}
      />
      {horizontal ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor" }} />
          <YAxis
            type="category"
            dataKey="label"
            // Long labels wrap within the axis rather than squeeze the bars on a phone.
            width={Math.min(150, longest * 7.5 + 12)}
            tick={{ fill: "currentColor", fontSize: 13 }}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="label" tick={{ fill: "currentColor" }} />
          <YAxis type="number" allowDecimals={false} tick={{ fill: "currentColor" }} />
        </>
      )}
      {/* The bars and their labels take the accent colour through currentColor. */}
      <Bar
        dataKey="count"
        fill="currentColor"
        className="text-accent-700 dark:text-accent-300"
        isAnimationActive={false}
        maxBarSize={horizontal ? 28 : 56}
        radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
      >
        <LabelList
          dataKey="count"
          position={horizontal ? "right" : "top"}
          fill="currentColor"
          fontSize={13}
        />
      </Bar>
    </BarChart>
  );
}
