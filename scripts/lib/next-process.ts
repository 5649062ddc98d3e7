import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
const webServerEntry = fileURLToPath(new URL("../serve.ts", import.meta.url));

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
  const args = ["--import", "tsx", webServerEntry, "--port", String(options.port)];
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

/** Resolves with the exit code of a child process (1 when a signal ended it). */
export function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Polls a health URL until it answers 200; false when the server exits or 150 s pass. */
export async function waitUntilHealthy(url: string, server: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
