/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the main public pages,
 * on the production build with the demo content, in Debian's Chromium. Targets: 100 for
 * accessibility, best practices and SEO, at least 95 for performance.
 *
 *   npm run bench:lighthouse   (-- --reuse-build to skip the build)
 */
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startBenchServer } from "./lib/server";

const { values } = parseArgs({
  options: { "reuse-build": { type: "boolean", default: false } },
});

const PAGES = [
  "/en",
  "/en/prisoners",
  "/en/prisoners/mukhtar-dzhakishev",
  "/ru/prisoners/oleg-sentsov",
  "/en/letters/demo-petition-free-kazakhstans-political-prisoners",
  "/en/statistics",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

const server = await startBenchServer({ reuseBuild: values["reuse-build"] });
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  console.log(["page".padEnd(60), ...CATEGORIES.map((c) => c.slice(0, 11).padStart(12))].join(""));
  const misses: string[] = [];
  // The first run of a fresh browser measures its own start-up: one run to warm it, not counted.
  await lighthouse(`${server.baseUrl}/en/about`, { port: chrome.port, logLevel: "error" });
  for (const path of PAGES) {
    const result = await lighthouse(`${server.baseUrl}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Desktop-like run on a machine without network: no simulated throttling of a 4G link.
      formFactor: "desktop",
      screenEmulation: {
        mobile: false,
        width: 1350,
        height: 940,
        deviceScaleFactor: 1,
        disabled: false,
      },
      throttlingMethod: "provided",
    });
    if (result?.lhr.runtimeError) {
      misses.push(`${path}: Lighthouse could not measure it: ${result.lhr.runtimeError.message}`);
    }
    const scores = CATEGORIES.map((category) => {
      const score = Math.round((result?.lhr.categories[category]?.score ?? 0) * 100);
      if (score < TARGETS[category]) {
        // The audits of this category that cost points, with the first thing each flagged.
        const audits = (result?.lhr.categories[category]?.auditRefs ?? [])
          .map((ref) => result?.lhr.audits[ref.id])
          .filter(
            (audit) =>
              audit &&
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== "informative",
          )
          .map((audit) => {
            const details = audit!.details as
              { items?: Array<Record<string, unknown>> } | undefined;
            const first = details?.items?.[0];
            return `${audit!.id}${first ? ` (${JSON.stringify(first).slice(0, 300)})` : ""}`;
          });
        misses.push(`${path} ${category} ${score}: ${audits.join("; ")}`);
      }
      return score;
    });
    console.log([path.padEnd(60), ...scores.map((s) => String(s).padStart(12))].join(""));
  }
  console.log(
    misses.length ? `\nbelow target:\n  ${misses.join("\n  ")}` : "\nall pages meet the targets",
  );
} finally {
  chrome.kill();
  await server.stop();
}
