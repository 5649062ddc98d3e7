/**
 * Requests per second and latency of the home page beside a static file from public/, served
 * by the same production server in one run, so later features can be compared with both.
 *
 *   npm run bench     (-- --reuse-build to skip the build, -- --seconds 20 for longer runs)
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

const STATIC_FILE = "/vigil-mark.svg";

const server = await startBenchServer({ reuseBuild: values["reuse-build"] });
try {
  const staticFile = await measure(
    `static file ${STATIC_FILE}`,
    `${server.baseUrl}${STATIC_FILE}`,
    load,
  );
  const home = await measure("home page /en", `${server.baseUrl}/en`, load);
  printResults([staticFile, home]);
  console.log(
    `\nhome page / static file: ${(home.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3)}×` +
      ` (${load.connections} connections, ${load.seconds} s each, 2 s warm-up)`,
  );
} finally {
  await server.stop();
}
