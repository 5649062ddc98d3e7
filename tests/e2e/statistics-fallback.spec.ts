import { expect, test, type Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The statistics page without JavaScript: each figure's chart is the SVG drawn on the server
 * (components/statistics/statistics-static-chart.tsx). It must stay inside its figure, and its
 * bars must be to scale: every count above zero gets a bar, and lengths are proportional.
 */
test.use({ javaScriptEnabled: false });

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** The length of each drawn bar (the first rect of each group) next to its count. */
async function barsOf(chart: Locator, layout: "bars" | "columns") {
  const bars: { count: number; length: number }[] = [];
  for (const group of await chart.locator("g[data-count]").all()) {
    const count = Number(await group.getAttribute("data-count"));
    const box = await group.locator("rect").first().boundingBox();
    bars.push({ count, length: box ? (layout === "bars" ? box.width : box.height) : 0 });
  }
  return bars;
}

for (const locale of ["en", "ru"] as const) {
  test(`the server-drawn charts are to scale and do not overlap (${locale})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/statistics`);

    const figures = ["by-country", "by-status", "by-arrest-year", "by-charge"];
    const boxes: Box[] = [];
    for (const id of figures) {
      const figure = page.locator(`section#${id}`);
      const chart = figure.locator("svg[data-static-chart]");
      await expect(chart, id).toBeVisible();
      const figureBox = await boxOf(figure);
      const chartBox = await boxOf(chart);
      // The chart stays inside its figure.
      expect(chartBox.y, id).toBeGreaterThanOrEqual(figureBox.y);
      expect(chartBox.y + chartBox.height, id).toBeLessThanOrEqual(figureBox.y + figureBox.height);
      boxes.push(figureBox);

      const layout = (await chart.getAttribute("data-static-chart")) as "bars" | "columns";
      const bars = await barsOf(chart, layout);
      expect(bars.length, id).toBeGreaterThan(0);
      const largest = bars.reduce((best, bar) => (bar.count > best.count ? bar : best));
      for (const bar of bars) {
        if (bar.count > 0) expect(bar.length, `${id}: ${bar.count}`).toBeGreaterThanOrEqual(2);
        // Proportional to the largest, within a pixel and a half of rounding.
        expect(
          Math.abs(bar.length - (bar.count / largest.count) * largest.length),
          `${id}: ${bar.count}`,
        ).toBeLessThanOrEqual(Math.max(1.5, bar.count > 0 ? 2 : 0));
      }
    }
    for (let a = 0; a < boxes.length; a += 1) {
      for (let b = a + 1; b < boxes.length; b += 1) {
        expect(overlaps(boxes[a]!, boxes[b]!), `${figures[a]} / ${figures[b]}`).toBe(false);
      }
    }
    await page.screenshot({ path: testInfo.outputPath("statistics.png"), fullPage: true });
  });
}

test("the charts fit a phone's width without JavaScript", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/en/statistics");
  await page.screenshot({ path: testInfo.outputPath("statistics-phone.png"), fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  for (const chart of await page.locator("svg[data-static-chart]").all()) {
    const box = await boxOf(chart);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // No label is cut at the chart's left edge.
    for (const label of await chart.locator("text").all()) {
      const labelBox = await boxOf(label);
      expect(labelBox.x, (await label.textContent()) ?? "").toBeGreaterThanOrEqual(box.x - 0.5);
    }
  }
});

test.describe("with JavaScript, before the charts load", () => {
  test.use({ javaScriptEnabled: true });

  test("the page with the server-drawn charts passes the accessibility checks", async ({
    page,
  }) => {
    // Recharts is never fetched: the static charts stay, as they are for a reader without JS.
    await page.route(/statistics-bar-chart|recharts/, (route) => route.abort());
    await page.goto("/ru/statistics");
    await expect(page.locator("svg[data-static-chart]").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
