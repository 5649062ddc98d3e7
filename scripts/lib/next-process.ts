import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
const webServerEntry = fileURLToPath(new URL("../serve.ts", import.meta.url));

/**
 * Node.js flags of the web server (and of `npm start` in package.json, which repeats them). A
 * young generation of 64 MB per semi-space instead of V8's 16 MB: every request allocates its
 * render or its JSON and drops it, and with the small default those objects were scavenged again
 * and again and promoted to the old generation, whose collections stall every request in flight.
 * Measured by bench:directory's stream of different live-search queries at 100,000 prisoners,
 * three alternating turns of 8 s at 20 connections: 152 → 202 req/s, p50 127 → 96 ms, p99 207 →
 * 157 ms; `/api/health` 428 → 501 req/s. It costs up to 3 × 64 MB of address space, reserved as
 * the young generation grows.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

/**
 * Serves the app through Vigil's web server (scripts/serve.ts: the production build, or `dev`
 * with hot reload), never a bare `next start`/`next dev`, which would let clients choose their
 * address with X-Forwarded-For. One process, so `pid` is the process that serves requests.
 * `env` should hold VIGIL_PUBLIC_URL (the address it serves) and, where wanted,
 * VIGIL_TRUSTED_PROXIES.
 */
export function runWebServer(options: {
  dev?: boolean;
  port: number;
  databaseUrl: string;
  quiet?: boolean;
  env?: Record<string, string>;
}): ChildProcess {
  const args = [
    ...SERVER_NODE_FLAGS,
    "--import",
    "tsx",
    webServerEntry,
    "--port",
    String(options.port),
  ];
  if (options.dev) args.push("--dev");
  return spawnWithDatabase(args, options);
}

/** Runs the Next.js CLI (`build`) against a database, with telemetry off. */
export function runNext(
  args: string[],
  options: { databaseUrl: string; quiet?: boolean; env?: Record<string, string> },
): ChildProcess {
  return spawnWithDatabase([nextCli, ...args], options);
}

/** A Node.js child process on the given database, with Next.js's telemetry off. */
function spawnWithDatabase(
  args: string[],
  options: { databaseUrl: string; quiet?: boolean; env?: Record<string, string> },
): ChildProcess {
  return spawn(process.execPath, args, {
    stdio: options.quiet ? "ignore" : "inherit",
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
}

/** Whether a child process has ended, by an exit or by a signal (its exitCode is then null). */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** 128 + the signal's number, as a shell reports a process a signal ended (SIGKILL: 137). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * Resolves with the exit code of a child process (128 + the signal's number when a signal ended
 * it), also when it has already ended.
 */
export function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    if (child.signalCode !== null) return resolve(signalExitCode(child.signalCode));
    child.once("exit", (code, signal) => resolve(code ?? (signal ? signalExitCode(signal) : 0)));
  });
}

/** Polls a health URL until it answers 200; false when the server exits or 150 s pass. */
export async function waitUntilHealthy(url: string, server: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (hasExited(server)) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
