import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import { findFreePort, openThrowawayDatabase, type OpenDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

function run(
  args: string[],
  databaseUrl: string,
  quiet: boolean,
  extraEnv: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [nextCli, ...args], {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
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
  // pages), so the port is chosen first.
  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const publicUrl = { VIGIL_PUBLIC_URL: baseUrl };
  if (!options.reuseBuild || !existsSync(".next/BUILD_ID")) {
    console.log("Building the site…");
    const build = run(["build"], database.url, false, publicUrl);
    const code = await new Promise<number>((resolve) => build.once("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("next build failed");
  }
  const server = run(["start", "--port", String(port)], database.url, true, publicUrl);
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      if (attempt > 240) throw new Error("the server did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
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
      ].join(" "),
    );
  }
}
