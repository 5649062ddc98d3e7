import type { ChartDatum } from "@/components/statistics/statistics-bar-chart";

const BAR_HEIGHT = 36;

/**
 * Height of a chart's box in pixels, the same for the static chart drawn on the server and for
 * the Recharts chart that replaces it, so that nothing moves when the swap happens.
 */
export function chartHeight(data: readonly ChartDatum[], layout: "bars" | "columns"): number {
  return layout === "bars" ? data.length * BAR_HEIGHT + 48 : 280;
}
