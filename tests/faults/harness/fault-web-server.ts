import type { ChildProcess } from "node:child_process";
import { exitCodeOf, runWebServer } from "../../../scripts/lib/next-process";
import { waitFor } from "./deadline";
import { E2E_DIST_DIR, E2E_PUBLIC_URL } from "./e2e-build";

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface FaultWebServer {
  /** Where the tests reach it (its public origin is E2E_PUBLIC_URL, the build's). */
  readonly baseUrl: string;
  /** Starts it and resolves once /api/health answers 200. */
  start(): Promise<void>;
  /** Kills it with SIGKILL (no shutdown code runs) and resolves once it has exited. */
  kill(): Promise<void>;
  /** The serving process's id while it runs (a restart is a new process). */
  pid(): number | undefined;
  /** Stops it (SIGTERM, then SIGKILL after 15 s). */
  close(): Promise<void>;
  /** Sends SIGTERM (a graceful stop) and resolves with its exit code (SIGKILL after 15 s). */
  terminate(): Promise<number>;
}

/**
 * Vigil's production web server (scripts/serve.ts, via runWebServer) on the end-to-end build,
 * trusting this machine as a proxy so that each simulated signer's X-Forwarded-For address is its
 * own (as bench/signing.ts does); without it one address would hit the per-address limit. Its
 * output goes to this terminal only with VIGIL_FAULTS_VERBOSE=1.
 */
export function createFaultWebServer(options: {
  port: number;
  databaseUrl: string;
  smtpUrl: string;
  /** More settings, e.g. VIGIL_REDIS_URL for the servers sharing a cache. */
  env?: Record<string, string>;
}): FaultWebServer {
  const baseUrl = `http://localhost:${options.port}`;
  let child: ChildProcess | undefined;

  // Should the run end without the teardown, the server must not outlive it on its port.
  const killAtExit = () => child?.kill("SIGKILL");
  process.once("exit", killAtExit);

  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  async function terminate(): Promise<number> {
    if (!child || !running()) throw new Error("The fault suite's web server is not running.");
    const exited = exitCodeOf(child);
    child.kill("SIGTERM");
    const timer = setTimeout(() => child?.kill("SIGKILL"), STOP_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  return {
    baseUrl,
    async start() {
      if (running()) throw new Error("The fault suite's web server is already running.");
      const server = runWebServer({
        port: options.port,
        databaseUrl: options.databaseUrl,
        quiet: process.env.VIGIL_FAULTS_VERBOSE !== "1",
        env: {
          VIGIL_DIST_DIR: E2E_DIST_DIR,
          VIGIL_PUBLIC_URL: E2E_PUBLIC_URL,
          VIGIL_SMTP_URL: options.smtpUrl,
          VIGIL_TRUSTED_PROXIES: "127.0.0.1,::1",
          ...options.env,
        },
      });
      child = server;
      const outcome = await waitFor(
        `the web server on port ${options.port} to answer 200 on /api/health`,
        async () => {
          if (server.exitCode !== null || server.signalCode !== null) return "exited" as const;
          const response = await fetch(`${baseUrl}/api/health`);
          await response.body?.cancel();
          return response.status === 200 ? ("healthy" as const) : undefined;
        },
        { timeoutMs: START_TIMEOUT_MS },
      );
      if (outcome === "exited") {
        throw new Error(
          `The web server on port ${options.port} exited while starting (exit code ${server.exitCode ?? server.signalCode}); run with VIGIL_FAULTS_VERBOSE=1 to see its output.`,
        );
      }
    },
    async kill() {
      if (!child || !running()) throw new Error("The fault suite's web server is not running.");
      const exited = exitCodeOf(child);
      child.kill("SIGKILL");
      await exited;
    },
    pid: () => (running() ? child?.pid : undefined),
    async close() {
      process.off("exit", killAtExit);
      if (!child || !running()) return;
      await terminate();
    },
    terminate,
  };
}
