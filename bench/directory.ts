/**
 * The prisoner directory under load at 1,000 and at 100,000 synthetic prisoners (issue 17), in
 * one run, beside two references from the same server: `/api/health` (a route handler with one
 * query) and a file from public/. Per database it measures a cached profile, the default
 * directory, a repeated query (a surge on one name), a stream of different queries (names drawn
 * from the synthetic set, Latin and Cyrillic, through the page and through the live search's JSON
 * route), a filter combination, the sitemap (and its first child when it is an index), and, signed
 * in as an editor through the sign-in form, the dashboard's prisoner list and review queue; then
 * prints req/s, p50, p99 and KB per response, and the targets as PASS/FAIL lines.
 *
 *   npm run bench:directory   (-- --sizes 1000 for one size, -- --duration 8 for longer turns,
 *                              -- --rounds 4 for more turns, -- --reuse-build to skip compiling)
 *
 * With the databases seeded, the defaults take about ten minutes on two cores, half of it compiling.
 *
 * Each database is the demo content plus N synthetic prisoners (scripts/synthetic.ts), kept in
 * `.data/bench-directory-<N>/` between runs and seeded again only when prisma/migrations changes
 * (bench/lib/seeded-database.ts): the first seed of 100,000 takes minutes, later runs reuse it.
 * The app is compiled once and prerendered against each database (bench/lib/build-per-database.ts),
 * so each server starts from a build of its own content with nothing cached by the other.
 *
 * As in bench/pages.ts, this machine's speed drifts, so the cases are measured in short turns,
 * in one order and then the reverse, round after round, at 20 connections as the issue measured;
 * percentiles are over every response of all a case's turns. After each turn the bench waits
 * until the server answers /api/health quickly again, so that renders left over from a slow case
 * are not charged to the next. The targets compare cases of one server, never figures across
 * runs.
 */
import { parseArgs } from "node:util";
import { isPortFree } from "@/lib/net/ports";
import { apiRoutes } from "@/lib/routes";
import { exitCodeOf, runWebServer, waitUntilHealthy } from "../scripts/lib/next-process";
import { BuildPerDatabase } from "./lib/build-per-database";
import { directoryCases, filterMatches, FILTER_PATH, htmlBytes } from "./lib/directory-cases";
import { printSizeReport, printGrowth, type SizeReport } from "./lib/directory-report";
import { emptySamples, figuresOf, runTurn, settle, type Samples } from "./lib/load-turns";
import { openSeededDatabase } from "./lib/seeded-database";
import { signInOverHttp } from "./lib/staff-sign-in";

const DIST_DIR = ".next-bench-directory";
/** The bench's ports: 3570–3579 for the web server, 5570–5579 for its PostgreSQL servers. */
const WEB_PORTS = [3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579];
const PG_PORT_BASE = 5570;
const WARM_UP_SECONDS = 2;
/**
 * A case whose warm-up answered fewer than two requests per connection takes about as long per
 * request as a turn lasts (20 connections share one server thread): its turns last this long at
 * least, or every request of a short turn would be cut off and the case show no figures at all.
 */
const SLOW_TURN_SECONDS = 8;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,100000" },
    duration: { type: "string", default: "3" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "20" },
    "reuse-build": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map((size) => Number(size.replaceAll("_", "")));
if (sizes.some((size) => !Number.isInteger(size) || size <= 0) || sizes.length > 10) {
  throw new Error(`--sizes takes up to ten numbers of prisoners, e.g. 1000,100000`);
}
const load = { seconds: Number(values.duration), connections: Number(values.connections) };
const rounds = Number(values.rounds);

async function freeWebPort(): Promise<number> {
  for (const port of WEB_PORTS) if (await isPortFree(port)) return port;
  throw new Error(`Ports ${WEB_PORTS[0]}–${WEB_PORTS.at(-1)} are all busy.`);
}

// The public address is part of the build (canonical links, the sitemap), so it is chosen first.
const port = await freeWebPort();
const baseUrl = `http://localhost:${port}`;
const env = {
  VIGIL_PUBLIC_URL: baseUrl,
  VIGIL_DIST_DIR: DIST_DIR,
  // The JSON case sends each request from its own X-Forwarded-For address (bench/lib/load-turns.ts);
  // requests without one count as this machine's, as before.
  VIGIL_TRUSTED_PROXIES: "127.0.0.1,::1",
};
const log = (line: string) => console.log(line);
const builds = new BuildPerDatabase(DIST_DIR, env, log);

async function measureSize(size: number, index: number): Promise<SizeReport> {
  const database = await openSeededDatabase({ size, port: PG_PORT_BASE + index, log });
  try {
    await builds.prepareFor(database.url, { reuseCompiled: values["reuse-build"] });
    const server = runWebServer({ port, databaseUrl: database.url, quiet: true, env });
    try {
      if (!(await waitUntilHealthy(`${baseUrl}${apiRoutes.health()}`, server))) {
        throw new Error("the server did not start");
      }
      const cookie = await signInOverHttp(baseUrl, database.url);
      const { cases, streamDistinct, notes } = await directoryCases(baseUrl, database.url, cookie);
      console.log(`\nMeasuring at ${size.toLocaleString("en")} prisoners on ${baseUrl}…`);
      const probe = apiRoutes.health();
      const turnSeconds = new Map<string, number>();
      for (const loadCase of cases) {
        const warmUp = emptySamples();
        await runTurn(baseUrl, loadCase, { ...load, seconds: WARM_UP_SECONDS }, warmUp);
        const slow = warmUp.latencies.length < 2 * load.connections;
        turnSeconds.set(
          loadCase.label,
          slow ? Math.max(load.seconds, SLOW_TURN_SECONDS) : load.seconds,
        );
        await settle(baseUrl, probe);
      }
      const samples = new Map<string, Samples>(cases.map((c) => [c.label, emptySamples()]));
      for (let round = 1; round <= rounds; round++) {
        const order = round % 2 === 1 ? cases : [...cases].reverse();
        for (const loadCase of order) {
          const seconds = turnSeconds.get(loadCase.label)!;
          await runTurn(baseUrl, loadCase, { ...load, seconds }, samples.get(loadCase.label));
          await settle(baseUrl, probe);
        }
      }
      return {
        size,
        seedSeconds: database.seedSeconds,
        seededNow: database.seededNow,
        figures: cases.map((c) => figuresOf(c.label, samples.get(c.label)!)),
        filterPageBytes: await htmlBytes(baseUrl, FILTER_PATH),
        filterMatches: await filterMatches(database.url),
        notes: [
          ...notes,
          ...cases
            .filter((c) => turnSeconds.get(c.label)! > load.seconds)
            .map(
              (c) => `${c.label}: slow in its warm-up, measured in turns of ${SLOW_TURN_SECONDS} s`,
            ),
          `different queries sent: ${streamDistinct()
            .map((count) => count.toLocaleString("en"))
            .join(" (page), ")} (JSON)`,
        ],
      };
    } finally {
      server.kill("SIGTERM");
      await exitCodeOf(server);
    }
  } finally {
    await database.close();
  }
}

const started = performance.now();
const reports: SizeReport[] = [];
for (const [index, size] of sizes.entries()) reports.push(await measureSize(size, index));
const seeding = reports.reduce((sum, r) => sum + (r.seededNow ? r.seedSeconds : 0), 0);
const minutes = (performance.now() - started) / 60_000;
console.log(
  `\n${rounds} turns of ${load.seconds} s per case and size (of at least ${SLOW_TURN_SECONDS} s for ` +
    `slow cases), ${load.connections} connections, after a ${WARM_UP_SECONDS} s warm-up each; the run took ${minutes.toFixed(1)} min` +
    (seeding > 0 ? `, of which seeding ${(seeding / 60).toFixed(1)} min.` : "."),
);
for (const report of reports) printSizeReport(report);
printGrowth(reports);
