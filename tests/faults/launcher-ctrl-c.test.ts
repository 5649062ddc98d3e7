import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isProcessRunning, waitUntilProcessGone } from "../fixtures/process-alive";
import { sleep, waitFor } from "./harness/deadline";
import { E2E_DIST_DIR, E2E_PUBLIC_URL } from "./harness/e2e-build";

/**
 * Ctrl-C in the terminal of `npm run demo` (scripts/start.ts: here with --test on the end-to-end
 * build, a throw-away embedded PostgreSQL and the development SMTP server). The terminal signals
 * the launcher's whole process group; the web server drains, and the database must stay up until
 * it has: a request in flight at Ctrl-C that still needs the database answers 200, nothing logs
 * the database unreachable, and PostgreSQL is gone once the launcher has exited.
 */

const WEB_PORT = 3520;
const DRAIN_SECONDS = 3;

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

function startLauncher() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VIGIL_DIST_DIR: E2E_DIST_DIR,
    VIGIL_PUBLIC_URL: E2E_PUBLIC_URL,
    VIGIL_DRAIN_SECONDS: String(DRAIN_SECONDS),
  };
  // Its own embedded PostgreSQL and mail server, as `npm run demo` without settings.
  delete env.DATABASE_URL;
  delete env.VIGIL_SMTP_URL;
  delete env.VIGIL_REDIS_URL;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--test", "--no-build", "--port", String(WEB_PORT)],
    // A process group of its own, led by the launcher: what a terminal's foreground job is.
    { detached: true, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? `exit code ${code}`)),
  );
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    await rm(`.data/e2e-mail-${WEB_PORT}`, { recursive: true, force: true });
    await rm(`.data/e2e-database-url-${WEB_PORT}`, { force: true });
  });
  return { group: -child.pid!, exited, output: () => output };
}

/** GET that resolves with the status and body, or the error's code. */
async function get(url: string): Promise<{ status: number; body: string } | { error: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe("Ctrl-C in the terminal of npm run demo", () => {
  it("stops PostgreSQL after the web server has finished its requests", async () => {
    const launcher = startLauncher();
    await waitFor(
      "the launcher to say Vigil is running",
      async () => launcher.output().includes("Vigil is running at") || undefined,
      { timeoutMs: 180_000 },
    );
    const dataDir = /data in (\S+)/.exec(launcher.output())![1]!;
    const postmaster = Number.parseInt(
      (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]!,
      10,
    );
    cleanups.push(async () => {
      if (await isProcessRunning(postmaster)) process.kill(postmaster, "SIGKILL");
    });
    const databaseUrl = await readFile(`.data/e2e-database-url-${WEB_PORT}`, "utf8");

    // A slow request: /api/ready counts the mail outbox, which this lock holds up.
    const locker = new pg.Client({ connectionString: databaseUrl });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE "OutboxMessage" IN ACCESS EXCLUSIVE MODE');
    const slow = get(`http://127.0.0.1:${WEB_PORT}/api/ready`);
    await sleep(1_000);

    process.kill(launcher.group, "SIGINT");
    await sleep(1_500);
    // The database must still be there to let the request go on; a stopped one ended this
    // session (and the request's) already.
    const released = await locker.query("COMMIT").then(
      () => "released",
      (error: Error) => error.message,
    );
    await locker.end().catch(() => undefined);

    expect(released).toBe("released");
    const answer = await slow;
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse((answer as { body: string }).body)).toMatchObject({ status: "ready" });
    expect(await launcher.exited).toBe("exit code 0");
    expect(launcher.output()).not.toMatch(
      /unreachable|ECONNREFUSED|terminating connection|connection (lost|terminated)/i,
    );
    expect(await waitUntilProcessGone(postmaster)).toBe(true);
  });
});
