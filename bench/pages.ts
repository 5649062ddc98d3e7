/**
 * Requests per second of a published profile page beside a prerendered page without data
 * (/en/about), the home page and a static file, all from one production server in one run.
 * The target: a profile serves at least 90 % of the prerendered page's requests per second,
 * which only a profile served from the cache can do.
 *
 *   npm run bench:pages   (-- --reuse-build to skip the build, -- --seconds 20 for longer runs)
 */
import { parseArgs } from "node:util";
import { measure, printResults, startBenchServer } from "./lib/server";

const { values } = parseArgs({
  options: {
    "reuse-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
  },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };

const server = await startBenchServer({ reuseBuild: values["reuse-build"] });
try {
  const url = (path: string) => `${server.baseUrl}${path}`;
  const staticFile = await measure("static file", url("/vigil-mark.svg"), load);
  const prerendered = await measure("prerendered /en/about", url("/en/about"), load);
  const profile = await measure(
    "profile /en/prisoners/…",
    url("/en/prisoners/mukhtar-dzhakishev"),
    load,
  );
  const home = await measure("home /en", url("/en"), load);
  printResults([staticFile, prerendered, profile, home]);

  const ratio = profile.requestsPerSecond / prerendered.requestsPerSecond;
  console.log(
    `\nprofile / prerendered page: ${(ratio * 100).toFixed(1)} % (target ≥ 90 %) ${ratio >= 0.9 ? "MET" : "NOT MET"}`,
  );
  console.log(
    `prerendered page / static file: ${(prerendered.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3)}×` +
      ` (${load.connections} connections, ${load.seconds} s each, 2 s warm-up)`,
  );
} finally {
  await server.stop();
}
