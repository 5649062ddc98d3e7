/**
 * Requests per second of a published profile page beside prerendered pages without data, the
 * home page and a static file, all from one production server in one run. The target: a profile
 * serves at least 90 % of a prerendered page's requests per second, which only a profile served
 * from the cache can do.
 *
 * Two prerendered pages without data are measured, and the target is judged against the one that
 * Next.js finds where it finds the profile. Next.js finds the page for a path by trying
 * the app's dynamic routes one by one, in a fixed order (two entries per route, 192 here), and
 * that search costs a request about 0.4 µs per entry tried. /[locale]/about is among the first
 * entries; /[locale]/prisoners/[slug] and /[locale]/privacy come after the sixty
 * /[locale]/dashboard routes that issue 5 puts under the locale, about 175 entries in. So
 * /en/privacy pays the profile's search, and /en/about does not: 6–9 % of a request on this
 * machine (0.06–0.09 ms), set by the URLs (fixed by issues 4 and 5), not by how a page is served.
 * Both ratios are printed.
 *
 * The profile is also measured from a second server on the same build and database with
 * VIGIL_LARGE_BODIES_AS_BYTES=0 (scripts/lib/string-bodies.ts off), in the same turns, so the
 * gain of sending large pages as bytes on the current Next.js is printed beside it.
 *
 * This machine's speed drifts by a fifth from one minute to the next, so the pages are measured
 * in short turns, in the order about, privacy, profile, then profile, privacy, about, and so on
 * (a steady drift favours none), and compared over all their turns. Beside requests per second,
 * the server's main-thread CPU time per request is printed: it drifts less.
 *
 *   npm run bench:pages   (-- --reuse-build to skip the build, -- --rounds 12 for more turns,
 *                          -- --seconds 10 for longer ones)
 */
import { parseArgs } from "node:util";
import { findFreePort } from "@/lib/net/ports";
import { exitCodeOf, runWebServer, waitUntilHealthy } from "../scripts/lib/next-process";
import {
  BENCH_DIST_DIR,
  measure,
  printResults,
  startBenchServer,
  type LoadResult,
} from "./lib/server";

const { values } = parseArgs({
  options: {
    "reuse-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "8" },
  },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const rounds = Number(values.rounds);

const PROFILE = "/en/prisoners/mukhtar-dzhakishev";
const PAGES = [
  { key: "about", path: "/en/about", label: "prerendered /en/about", asStrings: false },
  { key: "privacy", path: "/en/privacy", label: "prerendered /en/privacy", asStrings: false },
  { key: "profile", path: PROFILE, label: "profile /en/prisoners/…", asStrings: false },
  { key: "strings", path: PROFILE, label: "profile, sent as strings", asStrings: true },
] as const;

/** Requests per second over all turns (the turns are equally long), and CPU ms per request. */
function overall(turns: LoadResult[]) {
  const requests = turns.reduce((sum, turn) => sum + turn.requests, 0);
  const cpu = turns.every((turn) => turn.serverMsPerRequest !== undefined)
    ? turns.reduce((sum, turn) => sum + turn.serverMsPerRequest! * turn.requests, 0) / requests
    : undefined;
  return { requestsPerSecond: requests / (turns.length * load.seconds), serverMsPerRequest: cpu };
}

/** A second server on the same build and database that sends large pages as strings. */
async function startStringBodiesServer(baseUrl: string, databaseUrl: string) {
  const port = await findFreePort();
  const child = runWebServer({
    port,
    databaseUrl,
    quiet: true,
    env: {
      VIGIL_PUBLIC_URL: baseUrl,
      VIGIL_DIST_DIR: BENCH_DIST_DIR,
      VIGIL_LARGE_BODIES_AS_BYTES: "0",
    },
  });
  const url = `http://localhost:${port}`;
  if (!(await waitUntilHealthy(`${url}/api/health`, child))) throw new Error("no second server");
  return { url, pid: child.pid!, stop: () => (child.kill("SIGTERM"), exitCodeOf(child)) };
}

const server = await startBenchServer({ reuseBuild: values["reuse-build"] });
const asStrings = await startStringBodiesServer(server.baseUrl, server.databaseUrl);
try {
  const url = (path: string) => `${server.baseUrl}${path}`;
  const options = { ...load, serverPid: server.pid };
  const target = (page: (typeof PAGES)[number]) =>
    page.asStrings
      ? { url: `${asStrings.url}${page.path}`, options: { ...load, serverPid: asStrings.pid } }
      : { url: url(page.path), options };
  const staticFile = await measure("static file", url("/vigil-mark.svg"), options);
  const home = await measure("home /en", url("/en"), options);

  // Each page warmed up once; then the turns follow each other without a pause.
  for (const page of PAGES) await measure("warm-up", target(page).url, target(page).options);
  const turns = new Map<string, LoadResult[]>(PAGES.map((page) => [page.key, []]));
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? PAGES : [...PAGES].reverse();
    for (const page of order) {
      const result = await measure(`${page.label} #${round}`, target(page).url, {
        ...target(page).options,
        warmUp: false,
      });
      turns.get(page.key)!.push(result);
    }
  }
  printResults([staticFile, home, ...PAGES.flatMap((page) => turns.get(page.key)!)]);

  const figures = PAGES.map((page) => ({ ...page, ...overall(turns.get(page.key)!) }));
  console.log(
    `\nover ${rounds} turns of ${load.seconds} s each (${load.connections} connections):`,
  );
  for (const { label, requestsPerSecond, serverMsPerRequest } of figures) {
    console.log(
      `  ${label.padEnd(26)} ${requestsPerSecond.toFixed(0).padStart(5)} req/s` +
        (serverMsPerRequest
          ? `, server main thread ${serverMsPerRequest.toFixed(3)} ms per request`
          : ""),
    );
  }
  const [about, privacy, profile, strings] = figures;
  const ratio = profile!.requestsPerSecond / privacy!.requestsPerSecond;
  const againstFirstRoutes = profile!.requestsPerSecond / about!.requestsPerSecond;
  console.log(
    `\nprofile / prerendered /en/privacy (found after as many routes): ${(ratio * 100).toFixed(1)} %` +
      ` (target ≥ 90 %) ${ratio >= 0.9 ? "MET" : "NOT MET"}`,
  );
  console.log(
    `profile / prerendered /en/about (found among the first routes): ${(againstFirstRoutes * 100).toFixed(1)} %`,
  );
  console.log(
    `prerendered /en/about / static file: ${(about!.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3)}×`,
  );
  console.log(
    `profile sent as bytes / as strings (VIGIL_LARGE_BODIES_AS_BYTES): ` +
      `${((profile!.requestsPerSecond / strings!.requestsPerSecond) * 100).toFixed(1)} %`,
  );
} finally {
  await asStrings.stop();
  await server.stop();
}
