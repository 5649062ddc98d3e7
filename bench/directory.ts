/**
 * The prisoner directory under load at 1,000 and at 100,000 synthetic prisoners (issue 17), in
 * one run, beside two references from the same server: `/api/health` (a route handler with one
 * query) and a file from public/. Per database it measures a cached profile, the default
 * directory, a repeated query (a surge on one name), a stream of different queries (names drawn
 * from the synthetic set, Latin and Cyrillic, through the page and through the live search's JSON
 * route), a filter combination, the sitemap (and its first child when it is an index), and, signed
 * in as an editor through the sign-in form, the dashboard's prisoner list and review queue; then
 * prints req/s, p50, p99 and KB per response, and the targets as PASS/FAIL lines (the
 * target for a stream of different queries is the live search's JSON stream; the same stream as
 * full pages, what a visitor without JavaScript gets, is printed beside it as information:
 * bench/lib/directory-report.ts says why).
 * Then the dashboard one request at a time (issue 17 item 5, bench/lib/dashboard-timings.ts):
 * home, the prisoner list (first page, searches in both scripts, filters, a deep keyset page,
 * the last page), the review queue and its last page, the audit log and a deep page of it, and
 * attention lists, each timed request by request, with p50/p90/max against 300 ms.
 *
 *   npm run bench:directory   (-- --sizes 1000 for one size, -- --duration 8 for longer turns,
 *                              -- --rounds 8 for more turns, -- --reuse-build to skip compiling,
 *                              -- --only dashboard or --only load for one section,
 *                              -- --repeats 15 for requests per dashboard page and size)
 *
 * With the databases seeded, the defaults take about fifteen minutes on two cores, a third of it
 * compiling.
 *
 * Each database is the demo content plus N synthetic prisoners (scripts/synthetic.ts), kept in
 * `.data/bench-directory-<N>/` between runs and seeded again only when prisma/migrations changes
 * (bench/lib/seeded-database.ts): the first seed of 100,000 takes minutes, later runs reuse it.
 * The audit log gets what an import of them would have written (bench/lib/synthetic-audit-log.ts).
 * The app is compiled once and prerendered against each database into a build folder of its own
 * (`.next-bench-directory-<N>`, bench/lib/build-per-database.ts), so each server starts from a
 * build of its own content with nothing cached by the other.
 *
 * Growth is measured like with like: this machine's speed drifts by the minute (a quiet run saw
 * the static file go from 722 to 602 req/s between two sizes measured minutes apart), so every
 * size's server runs at once, each on its own PostgreSQL (an idle server costs nothing), and each
 * case's turns alternate between the sizes (1,000, 100,000, then 100,000, 1,000, …). A growth
 * figure thus compares turns measured side by side. The cases are measured in short turns, in one
 * order and then the reverse, round after round (five by default), at 20 connections as the
 * issue measured; the two cases of each target's ratio are neighbours in that order
 * (bench/lib/directory-cases.ts), so a ratio too compares turns measured side by side;
 * percentiles are over every response of all a case's turns but each connection's first in a
 * turn, which waits behind the set-up of the turn's 20 new connections (bench/lib/load-turns.ts).
 * After each turn the bench waits until that server answers /api/health quickly again, so that
 * renders left over from a slow case are not charged to the next. The targets compare cases of
 * one server, never figures across runs.
 */
import { parseArgs } from "node:util";
import { isPortFree } from "@/lib/net/ports";
import { apiRoutes } from "@/lib/routes";
import { exitCodeOf, runWebServer, waitUntilHealthy } from "../scripts/lib/next-process";
import { BuildPerDatabase } from "./lib/build-per-database";
import {
  dashboardPages,
  printDashboardGrowth,
  printDashboardTimings,
  timeDashboard,
} from "./lib/dashboard-timings";
import { directoryCases, filterMatches, FILTER_PATHS, htmlBytes } from "./lib/directory-cases";
import { printSizeReport, printGrowth, type SizeReport } from "./lib/directory-report";
import { emptySamples, figuresOf, runTurn, settle, type Samples } from "./lib/load-turns";
import type { LoadCase } from "./lib/load-turns";
import { openSeededDatabase, type SeededDatabase } from "./lib/seeded-database";
import { signInOverHttp } from "./lib/staff-sign-in";
import { ensureSyntheticAuditLog } from "./lib/synthetic-audit-log";

const DIST_DIR = ".next-bench-directory";
/** The bench's ports: 3570–3579 for the web servers, 5570–5579 for their PostgreSQL servers. */
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
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    repeats: { type: "string", default: "15" },
    only: { type: "string" },
    "reuse-build": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map((size) => Number(size.replaceAll("_", "")));
if (sizes.some((size) => !Number.isInteger(size) || size <= 0) || sizes.length > 10) {
  throw new Error(`--sizes takes up to ten numbers of prisoners, e.g. 1000,100000`);
}
if (values.only !== undefined && !["load", "dashboard"].includes(values.only)) {
  throw new Error(`--only takes "load" or "dashboard"`);
}
const load = { seconds: Number(values.duration), connections: Number(values.connections) };
const rounds = Number(values.rounds);
const log = (line: string) => console.log(line);

/** One size's database and server, all running at once. */
interface SizeServer {
  size: number;
  database: SeededDatabase;
  baseUrl: string;
  cookie: string;
  stop: () => Promise<void>;
}

async function freeWebPorts(count: number): Promise<number[]> {
  const free: number[] = [];
  for (const port of WEB_PORTS)
    if (free.length < count && (await isPortFree(port))) free.push(port);
  if (free.length < count) throw new Error(`Ports ${WEB_PORTS[0]}–${WEB_PORTS.at(-1)} are busy.`);
  return free;
}

// Each server's public address is part of its build (canonical links, the sitemap), so the
// ports are chosen first.
const ports = await freeWebPorts(sizes.length);
const envOf = (port: number, size: number) => ({
  VIGIL_PUBLIC_URL: `http://localhost:${port}`,
  VIGIL_DIST_DIR: `${DIST_DIR}-${size}`,
  // The JSON case sends each request from its own X-Forwarded-For address (bench/lib/load-turns.ts);
  // requests without one count as this machine's, as before.
  VIGIL_TRUSTED_PROXIES: "127.0.0.1,::1",
});
const builds = new BuildPerDatabase(DIST_DIR, envOf(ports[0]!, sizes[0]!), log);

async function startSize(size: number, index: number): Promise<SizeServer> {
  const database = await openSeededDatabase({ size, port: PG_PORT_BASE + index, log });
  const port = ports[index]!;
  const env = envOf(port, size);
  try {
    await ensureSyntheticAuditLog(database.url, log);
    await builds.prepareFor(database.url, {
      reuseCompiled: values["reuse-build"],
      distDir: env.VIGIL_DIST_DIR,
      env,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const baseUrl = env.VIGIL_PUBLIC_URL;
  const server = runWebServer({ port, databaseUrl: database.url, quiet: true, env });
  const stop = async () => {
    server.kill("SIGTERM");
    await exitCodeOf(server);
    await database.close();
  };
  try {
    if (!(await waitUntilHealthy(`${baseUrl}${apiRoutes.health()}`, server))) {
      throw new Error(`the server for ${size} prisoners did not start`);
    }
    return { size, database, baseUrl, cookie: await signInOverHttp(baseUrl, database.url), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The load section: every case at 20 connections, its turns alternating between the sizes. */
async function measureLoad(servers: SizeServer[]): Promise<SizeReport[]> {
  const probe = apiRoutes.health();
  const perSize = await Promise.all(
    servers.map((s) => directoryCases(s.baseUrl, s.database.url, s.cookie)),
  );
  const labels = perSize[0]!.cases.map((c) => c.label);
  const caseOf = (i: number, label: string): LoadCase =>
    perSize[i]!.cases.find((c) => c.label === label)!;
  console.log(`\nMeasuring ${labels.length} cases at ${sizes.join(" and ")} prisoners…`);
  // A case is slow when any size's warm-up was: its turns are then longer at every size alike.
  const turnSeconds = new Map<string, number>();
  for (const label of labels) {
    let slow = false;
    for (const [i, server] of servers.entries()) {
      const warmUp = emptySamples();
      await runTurn(
        server.baseUrl,
        caseOf(i, label),
        { ...load, seconds: WARM_UP_SECONDS },
        warmUp,
      );
      slow ||= warmUp.latencies.length + warmUp.firstAnswers < 2 * load.connections;
      await settle(server.baseUrl, probe);
    }
    turnSeconds.set(label, slow ? Math.max(load.seconds, SLOW_TURN_SECONDS) : load.seconds);
  }
  const samples = servers.map(() => new Map(labels.map((l) => [l, emptySamples()])));
  let turn = 0;
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? labels : [...labels].reverse();
    for (const label of order) {
      // Sizes in A B, then B A order, so that neither is always measured first.
      const sizeOrder = turn++ % 2 === 0 ? [...servers.keys()] : [...servers.keys()].reverse();
      for (const i of sizeOrder) {
        const seconds = turnSeconds.get(label)!;
        const into: Samples = samples[i]!.get(label)!;
        await runTurn(servers[i]!.baseUrl, caseOf(i, label), { ...load, seconds }, into);
        await settle(servers[i]!.baseUrl, probe);
      }
    }
  }
  return Promise.all(
    servers.map(async (server, i) => ({
      size: server.size,
      seedSeconds: server.database.seedSeconds,
      seededNow: server.database.seededNow,
      figures: labels.map((label) => figuresOf(label, samples[i]!.get(label)!)),
      filterPageBytes: {
        en: await htmlBytes(server.baseUrl, FILTER_PATHS.en),
        ru: await htmlBytes(server.baseUrl, FILTER_PATHS.ru),
      },
      filterMatches: await filterMatches(server.database.url),
      notes: [
        ...perSize[i]!.notes,
        ...labels
          .filter((label) => turnSeconds.get(label)! > load.seconds)
          .map(
            (label) => `${label}: slow in its warm-up, measured in turns of ${SLOW_TURN_SECONDS} s`,
          ),
        `different queries sent: ${perSize[i]!.streamDistinct()
          .map((count) => count.toLocaleString("en"))
          .join(" (page), ")} (JSON)`,
      ],
    })),
  );
}

const started = performance.now();
const servers: SizeServer[] = [];
try {
  // One after the other: seeding and prerendering are heavy; serving side by side is not.
  for (const [index, size] of sizes.entries()) servers.push(await startSize(size, index));
  const reports = values.only === "dashboard" ? [] : await measureLoad(servers);
  const dashboard =
    values.only === "load"
      ? null
      : await timeDashboard(
          await Promise.all(
            servers.map(async (s) => ({ ...s, pages: await dashboardPages(s.database.url) })),
          ),
          Number(values.repeats),
        );
  const seeding = servers.reduce(
    (sum, s) => sum + (s.database.seededNow ? s.database.seedSeconds : 0),
    0,
  );
  const minutes = (performance.now() - started) / 60_000;
  console.log(
    `\n${rounds} turns of ${load.seconds} s per case and size (of at least ${SLOW_TURN_SECONDS} s for ` +
      `slow cases), ${load.connections} connections, after a ${WARM_UP_SECONDS} s warm-up each; ` +
      `sizes side by side, turns alternating; the run took ${minutes.toFixed(1)} min` +
      (seeding > 0 ? `, of which seeding ${(seeding / 60).toFixed(1)} min.` : "."),
  );
  for (const report of reports) printSizeReport(report);
  printGrowth(reports);
  if (dashboard) {
    for (const [size, timings] of dashboard) printDashboardTimings(size, timings);
    printDashboardGrowth(dashboard);
  }
} finally {
  for (const server of servers) await server.stop();
}
