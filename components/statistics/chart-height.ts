import type { ChartDatum } from "@/components/statistics/statistics-bar-chart";

/** Height of one horizontal bar's row, in pixels. */
export const BAR_ROW = 36;
/** Height of a column chart, in pixels. */
export const COLUMNS_HEIGHT = 280;

/**
 * Height of a chart's box in pixels, the same for the static chart drawn on the server and for
 * the Recharts chart that replaces it, so that nothing moves when the swap happens.
 */
export function chartHeight(data: readonly ChartDatum[], layout: "bars" | "columns"): number {
  return layout === "bars" ? data.length * BAR_ROW + 48 : COLUMNS_HEIGHT;
}
