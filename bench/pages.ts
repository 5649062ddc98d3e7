/**
 * Requests per second of a published profile page beside a prerendered page without data
 * (/en/about), the home page and a static file, all from one production server in one run.
 * The target: a profile serves at least 90 % of the prerendered page's requests per second,
 * which only a profile served from the cache can do.
 *
 * This machine's speed drifts by a fifth from one minute to the next, so the two pages of the
 * target are measured in turns (about, profile, about, profile…) and compared by their medians.
 *
 *   npm run bench:pages   (-- --reuse-build to skip the build, -- --seconds 20 for longer runs,
 *                          -- --rounds 5 for more turns)
 */
import { parseArgs } from "node:util";
import { measure, printResults, startBenchServer, type LoadResult } from "./lib/server";

const { values } = parseArgs({
  options: {
    "reuse-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "3" },
  },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const rounds = Number(values.rounds);

function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const server = await startBenchServer({ reuseBuild: values["reuse-build"] });
try {
  const url = (path: string) => `${server.baseUrl}${path}`;
  const staticFile = await measure("static file", url("/vigil-mark.svg"), load);
  const prerenderedRuns: LoadResult[] = [];
  const profileRuns: LoadResult[] = [];
  for (let round = 1; round <= rounds; round++) {
    prerenderedRuns.push(await measure(`prerendered /en/about #${round}`, url("/en/about"), load));
    profileRuns.push(
      await measure(
        `profile /en/prisoners/… #${round}`,
        url("/en/prisoners/mukhtar-dzhakishev"),
        load,
      ),
    );
  }
  const home = await measure("home /en", url("/en"), load);
  const prerendered = median(prerenderedRuns);
  const profile = median(profileRuns);
  printResults([staticFile, ...prerenderedRuns, ...profileRuns, home]);

  const ratio = profile.requestsPerSecond / prerendered.requestsPerSecond;
  console.log(
    `\nmedians: prerendered ${prerendered.requestsPerSecond.toFixed(0)} req/s, profile ${profile.requestsPerSecond.toFixed(0)} req/s`,
  );
  console.log(
    `profile / prerendered page: ${(ratio * 100).toFixed(1)} % (target ≥ 90 %) ${ratio >= 0.9 ? "MET" : "NOT MET"}`,
  );
  console.log(
    `prerendered page / static file: ${(prerendered.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3)}×` +
      ` (${load.connections} connections, ${load.seconds} s each, 2 s warm-up, ${rounds} rounds)`,
  );
} finally {
  await server.stop();
}
