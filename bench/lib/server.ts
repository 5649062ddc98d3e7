import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { findFreePort, isPortFree } from "@/lib/net/ports";
import { openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { exitCodeOf, runNext, waitUntilHealthy } from "../../scripts/lib/next-process";

/** The port the benches serve on when it is free. */
const BENCH_PORT = 3999;

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Serves the production build on a throw-away database with the demo content, as users get it.
 * Builds first (pages prerendered at build time hold that database's content) unless
 * `reuseBuild` is set and a build exists.
 */
export async function startBenchServer(options: { reuseBuild: boolean }): Promise<BenchServer> {
  const database: OpenDatabase = await openThrowawayDatabase("bench");
  await migrateAndSeedIfEmpty(database.url);
  // The public address is part of the build (canonical and hreflang links of prerendered
  // pages), so the port is chosen first, and is the same every run: a reused build's links then
  // still point at the server that serves it (Lighthouse checks the canonical link).
  const port = (await isPortFree(BENCH_PORT)) ? BENCH_PORT : await findFreePort();
  if (port !== BENCH_PORT && options.reuseBuild) {
    console.warn(`Port ${BENCH_PORT} is busy: a reused build's canonical links name another port.`);
  }
  const baseUrl = `http://localhost:${port}`;
  const env: Record<string, string> = { VIGIL_PUBLIC_URL: baseUrl };
  // For profiling the server under load, e.g. BENCH_NODE_OPTIONS=--perf-basic-prof for perf(1).
  if (process.env.BENCH_NODE_OPTIONS) env.NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS;
  if (!options.reuseBuild || !existsSync(".next/BUILD_ID")) {
    console.log("Building the site…");
    const code = await exitCodeOf(runNext(["build"], { databaseUrl: database.url, env }));
    if (code !== 0) throw new Error("next build failed");
  }
  const server = runNext(["start", "--port", String(port)], {
    databaseUrl: database.url,
    quiet: true,
    env,
  });
  if (!(await waitUntilHealthy(`${baseUrl}/api/health`, server))) {
    throw new Error("the server did not start");
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    async stop() {
      server.kill("SIGTERM");
      await exitCodeOf(server);
      await database.close();
    },
  };
}

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Average response size (headers and body), which the cost of a cached page grows with. */
  kilobytesPerResponse: number;
}

/** A closed-loop load on one URL from this process (the machine's second core drives it). */
export async function measure(
  label: string,
  url: string,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  // A short warm-up so that caches and JIT are in the state a live server is in.
  await autocannon({ url, connections: options.connections, duration: 2 });
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    kilobytesPerResponse: result.throughput.average / result.requests.average / 1024,
  };
}

export function printResults(results: LoadResult[]): void {
  console.log("");
  console.log(
    [
      "what".padEnd(28),
      "req/s".padStart(9),
      "p50 ms".padStart(8),
      "p90 ms".padStart(8),
      "p99 ms".padStart(8),
      "errors".padStart(7),
      "KB/resp".padStart(8),
    ].join(" "),
  );
  for (const r of results) {
    console.log(
      [
        r.label.padEnd(28),
        r.requestsPerSecond.toFixed(0).padStart(9),
        String(r.p50).padStart(8),
        String(r.p90).padStart(8),
        String(r.p99).padStart(8),
        String(r.errors + r.non2xx).padStart(7),
        r.kilobytesPerResponse.toFixed(1).padStart(8),
      ].join(" "),
    );
  }
}
