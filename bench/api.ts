/**
 * The open-data API under load at N synthetic prisoners (issue 20, default 100,000), beside a
 * file from public/ on the same production server in one run: a prisoner by slug (cached), a list
 * page of 50 (the plain listing's keyset page), a deep list page (a keyset cursor past the middle
 * of the list), and a stream of different `q` searches, Latin and Cyrillic, at 16 connections.
 * Prints req/s, p50, p99 and KB per response, and the targets as PASS/FAIL lines: a cached
 * single prisoner ≥ 0.5× the static file's req/s; a search's p99 < 250 ms at 16 connections.
 *
 *   npm run bench:api   (-- --size 1000 for a small database, -- --duration 5 for longer turns,
 *                        -- --rounds 4 for more turns, -- --reuse-build to skip compiling)
 *
 * The database is the one bench/directory.ts seeds (demo content + N synthetic prisoners, kept in
 * `.data/bench-directory-<N>/` and seeded again only when prisma/migrations changes:
 * bench/lib/seeded-database.ts), so a run after the directory's bench seeds nothing. The cases are
 * measured in short turns that alternate (one order, then the reverse, round after round), since
 * this shared machine's speed drifts by the minute; the targets compare cases of one run only.
 * Every request comes from its own client address (X-Forwarded-For, trusted from this machine
 * only), as a crowd's do: the per-address limit then costs what it costs but trips for no one.
 */
import { parseArgs } from "node:util";
import { encodeKeysetCursor } from "@/lib/api/list-cursor";
import { isPortFree } from "@/lib/net/ports";
import { createPrismaClient } from "@/lib/postgres/client";
import { apiRoutes } from "@/lib/routes";
import { exitCodeOf, runWebServer, waitUntilHealthy } from "../scripts/lib/next-process";
import { BuildPerDatabase } from "./lib/build-per-database";
import {
  emptySamples,
  figuresOf,
  runTurn,
  settle,
  type Figures,
  type LoadCase,
  type Samples,
} from "./lib/load-turns";
import { openSeededDatabase } from "./lib/seeded-database";

const DIST_DIR = ".next-bench-api";
const WEB_PORT = 3213;
const PG_PORT = 5213;
/** The connections for the search target; the other cases run at the same. */
const CONNECTIONS = 16;
/** A demo profile (prisma/demo), the same in every bench database. */
const PROFILE_SLUG = "mukhtar-dzhakishev";
const STATIC_FILE = "/vigil-mark.svg";
/** People whose names the search stream asks for: more than one run can send. */
const STREAM_PEOPLE = 6_000;

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "100000" },
    duration: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    "reuse-build": { type: "boolean", default: false },
  },
});
const size = Number(values.size.replaceAll("_", ""));
if (!Number.isInteger(size) || size <= 0) throw new Error("--size takes a number of prisoners");
const load = { seconds: Number(values.duration), connections: CONNECTIONS };
const rounds = Number(values.rounds);
const log = (line: string) => console.log(line);

const CASE = {
  staticFile: "static file (public/)",
  single: "prisoner by slug (cached)",
  list: "list page of 50",
  deepList: "deep list page of 50 (keyset)",
  search: "q search, different names",
} as const;

/** Names of published synthetic people in a stable order, and a slug past the list's middle. */
async function sampleData(databaseUrl: string): Promise<{ names: string[]; deepSlug: string }> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    const people = await prisma.$queryRaw<{ en: string; ru: string }[]>`
      SELECT name->>'en' AS en, name->>'ru' AS ru FROM "Prisoner"
      WHERE state = 'PUBLISHED' AND slug LIKE 'synthetic-%'
      ORDER BY md5(id) LIMIT ${STREAM_PEOPLE}`;
    const [middle] = await prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Prisoner" WHERE state = 'PUBLISHED'
      ORDER BY "sortName", id
      OFFSET (SELECT count(*) * 3 / 4 FROM "Prisoner" WHERE state = 'PUBLISHED') LIMIT 1`;
    // Latin and Cyrillic by turns: the search folds "Sentsov" and "Сенцов" into one query.
    const names = people.map((person, index) => (index % 2 === 0 ? person.en : person.ru));
    return { names, deepSlug: middle?.slug ?? PROFILE_SLUG };
  } finally {
    await prisma.$disconnect();
  }
}

function apiCases(names: string[], deepSlug: string): LoadCase[] {
  let sent = 0;
  const list = `${apiRoutes.v1Prisoners()}?limit=50`;
  return [
    { label: CASE.staticFile, path: STATIC_FILE },
    { label: CASE.single, path: apiRoutes.v1Prisoner(PROFILE_SLUG), addressPerRequest: true },
    { label: CASE.list, path: list, addressPerRequest: true },
    {
      label: CASE.deepList,
      path: `${list}&cursor=${encodeKeysetCursor(deepSlug)}`,
      addressPerRequest: true,
    },
    {
      label: CASE.search,
      path: () =>
        `${apiRoutes.v1Prisoners()}?${new URLSearchParams({ q: names[sent++ % names.length]! })}`,
      addressPerRequest: true,
    },
  ];
}

async function measure(baseUrl: string, cases: LoadCase[]): Promise<Figures[]> {
  const probe = apiRoutes.health();
  for (const loadCase of cases) {
    await runTurn(baseUrl, loadCase, { ...load, seconds: 2 });
    await settle(baseUrl, probe);
  }
  const samples = new Map<string, Samples>(cases.map((c) => [c.label, emptySamples()]));
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? cases : [...cases].reverse();
    for (const loadCase of order) {
      await runTurn(baseUrl, loadCase, load, samples.get(loadCase.label));
      await settle(baseUrl, probe);
    }
  }
  return cases.map((c) => figuresOf(c.label, samples.get(c.label)!));
}

function printFigures(figures: Figures[]): void {
  const row = (cells: string[]) =>
    console.log(
      cells.map((cell, index) => (index === 0 ? cell.padEnd(34) : cell.padStart(10))).join(""),
    );
  console.log(`\n/api/v1 at ${size.toLocaleString("en")} prisoners, ${CONNECTIONS} connections:`);
  row(["case", "req/s", "p50 ms", "p99 ms", "KB/resp", "answers", "failures"]);
  for (const f of figures) {
    row([
      f.label,
      f.requestsPerSecond.toFixed(0),
      f.p50.toFixed(0),
      f.p99.toFixed(0),
      f.kilobytesPerResponse.toFixed(1),
      String(f.responses),
      String(f.failures),
    ]);
  }
  const of = (label: string) => figures.find((f) => f.label === label)!;
  const ratio = of(CASE.single).requestsPerSecond / of(CASE.staticFile).requestsPerSecond;
  const searchP99 = of(CASE.search).p99;
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  console.log(
    `\n${verdict(ratio >= 0.5)}  cached single / static file: ${ratio.toFixed(2)}× (target ≥ 0.5×)`,
  );
  console.log(
    `${verdict(searchP99 < 250)}  q search p99 at ${CONNECTIONS} connections: ` +
      `${searchP99.toFixed(0)} ms (target < 250 ms)`,
  );
  const failures = figures.reduce((sum, f) => sum + f.failures, 0);
  if (failures > 0) console.log(`FAIL  ${failures} answers outside 2xx or lost`);
}

if (!(await isPortFree(WEB_PORT))) throw new Error(`Port ${WEB_PORT} is busy.`);
const baseUrl = `http://localhost:${WEB_PORT}`;
const env = {
  VIGIL_PUBLIC_URL: baseUrl,
  VIGIL_DIST_DIR: `${DIST_DIR}-${size}`,
  VIGIL_TRUSTED_PROXIES: "127.0.0.1,::1",
};
const database = await openSeededDatabase({ size, port: PG_PORT, log });
let exitCode = 0;
try {
  await new BuildPerDatabase(DIST_DIR, env, log).prepareFor(database.url, {
    reuseCompiled: values["reuse-build"],
    distDir: env.VIGIL_DIST_DIR,
    env,
  });
  const { names, deepSlug } = await sampleData(database.url);
  const server = runWebServer({ port: WEB_PORT, databaseUrl: database.url, quiet: true, env });
  try {
    if (!(await waitUntilHealthy(`${baseUrl}${apiRoutes.health()}`, server))) {
      throw new Error("the server did not start");
    }
    printFigures(await measure(baseUrl, apiCases(names, deepSlug)));
  } finally {
    server.kill("SIGTERM");
    await exitCodeOf(server);
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
