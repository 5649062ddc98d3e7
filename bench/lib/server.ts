import { existsSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { findFreePort, isPortFree } from "@/lib/net/ports";
import { openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import {
  exitCodeOf,
  runNext,
  runWebServer,
  waitUntilHealthy,
} from "../../scripts/lib/next-process";

/** The port the benches serve on when it is free. */
const BENCH_PORT = 3999;

/** The benches' build folder: never the demo's `.next` nor the end-to-end server's `.next-e2e`. */
export const BENCH_DIST_DIR = process.env.VIGIL_DIST_DIR ?? ".next-bench";

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  /** The server's process id (it serves from the process it was started as). */
  pid: number;
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
  const env: Record<string, string> = { VIGIL_PUBLIC_URL: baseUrl, VIGIL_DIST_DIR: BENCH_DIST_DIR };
  // For profiling the server under load, e.g. BENCH_NODE_OPTIONS=--perf-basic-prof for perf(1).
  if (process.env.BENCH_NODE_OPTIONS) env.NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS;
  if (!options.reuseBuild || !existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) {
    console.log(`Building the site into ${BENCH_DIST_DIR}…`);
    const code = await exitCodeOf(runNext(["build"], { databaseUrl: database.url, env }));
    if (code !== 0) throw new Error("next build failed");
  }
  // Vigil's own web server, as `npm start` serves it (client addresses from the socket).
  const server = runWebServer({ port, databaseUrl: database.url, quiet: true, env });
  if (!(await waitUntilHealthy(`${baseUrl}/api/health`, server))) {
    throw new Error("the server did not start");
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    pid: server.pid!,
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
  /** All responses of the run. */
  requests: number;
  /**
   * CPU time of the server's main thread per request, when its pid was given (Linux only). The
   * thread that serves every request is the bottleneck; its time per request drifts less with the
   * machine's other load than requests per second do.
   */
  serverMsPerRequest?: number;
}

/** CPU time (user and system) of a process's main thread so far, in ms; null off Linux. */
function mainThreadCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces: state is
    // field 3, utime 14 and stime 15 (in clock ticks, 100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A closed-loop load on one URL from this process (the machine's second core drives it). */
export async function measure(
  label: string,
  url: string,
  options: { seconds: number; connections: number; warmUp?: boolean; serverPid?: number },
): Promise<LoadResult> {
  // A short warm-up so that caches and JIT are in the state a live server is in.
  if (options.warmUp !== false) {
    await autocannon({ url, connections: options.connections, duration: 2 });
  }
  const cpuBefore = options.serverPid ? mainThreadCpuMs(options.serverPid) : null;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
  });
  const cpuAfter = options.serverPid ? mainThreadCpuMs(options.serverPid) : null;
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    kilobytesPerResponse: result.throughput.average / result.requests.average / 1024,
    requests: result.requests.total,
    serverMsPerRequest:
      cpuBefore !== null && cpuAfter !== null && result.requests.total > 0
        ? (cpuAfter - cpuBefore) / result.requests.total
        : undefined,
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
      "server ms/req".padStart(14),
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
        (r.serverMsPerRequest?.toFixed(3) ?? "").padStart(14),
      ].join(" "),
    );
  }
}
