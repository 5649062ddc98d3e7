import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** Runs the Next.js CLI against a database, with telemetry off. */
export function runNext(
  args: string[],
  options: { databaseUrl: string; quiet?: boolean; env?: Record<string, string> },
): ChildProcess {
  return spawn(process.execPath, [nextCli, ...args], {
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
