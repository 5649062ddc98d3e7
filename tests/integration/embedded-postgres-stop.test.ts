import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/net/ports";
import { isProcessRunning, waitUntilProcessGone } from "../fixtures/process-alive";

/**
 * When the embedded PostgreSQL stops, seen from outside a process that started it (as a
 * launcher: scripts/start.ts, scripts/cluster.ts). Ctrl-C in a terminal signals the whole
 * process group: the launcher must be able to drain its web servers on the database and stop it
 * last, and no way of ending the launcher may leave the server running.
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/**
 * A process that starts the embedded PostgreSQL, prints "ready", then does what `then` says
 * (code run in the process, with `server` and `pg` in scope). It leads a process group of its
 * own, so that a signal to the group is what Ctrl-C in its terminal sends.
 */
async function startProcess(options: { launcher: boolean; then: string }) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "vigil-embedded-stop-"));
  const port = await findFreePort();
  const script = `
    const embedded = await import("./lib/postgres/embedded.ts");
    const { default: pg } = await import("pg");
    ${options.launcher ? "embedded.leaveServerStopsToLauncher();" : ""}
    const server = await embedded.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
    console.log("ready");
    ${options.then}
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    const postmaster = await postmasterPid(dataDir).catch(() => null);
    if (postmaster && (await isProcessRunning(postmaster))) process.kill(postmaster, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });
  for (const deadline = Date.now() + 90_000; !output.includes("ready\n");) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`No start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    group: -child.pid!,
    pid: child.pid!,
    postmaster: await postmasterPid(dataDir),
    exited,
    output: () => output,
  };
}

async function postmasterPid(dataDir: string): Promise<number> {
  const lock = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  return Number.parseInt(lock.split("\n")[0]!, 10);
}

describe("the embedded PostgreSQL's stop", () => {
  it("outlives Ctrl-C in a launcher until the launcher stops it, last", async () => {
    // The launcher's stop, as scripts/start.ts does it: its web server drains first (here: a
    // query 1.5 s after the signal), then it stops PostgreSQL and exits.
    const launcher = await startProcess({
      launcher: true,
      then: `process.on("SIGINT", async () => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const client = new pg.Client({ connectionString: server.adminUrl });
        await client.connect();
        const { rows } = await client.query("SELECT 'still up' AS answer");
        await client.end();
        console.log("after the signal: " + rows[0].answer);
        await server.stop();
        process.exit(0);
      });`,
    });

    process.kill(launcher.group, "SIGINT");

    const code = await launcher.exited;
    console.log("OUTPUT", code, launcher.output());
    expect(code).toBe(0);
    expect(launcher.output()).toContain("after the signal: still up");
    expect(await waitUntilProcessGone(launcher.postmaster)).toBe(true);
  }, 120_000);

  it("stops when the launcher crashes", async () => {
    const launcher = await startProcess({
      launcher: true,
      then: `setTimeout(() => { throw new Error("the launcher crashed"); }, 100);`,
    });

    expect(await launcher.exited).toBe(1);
    expect(await waitUntilProcessGone(launcher.postmaster)).toBe(true);
  }, 120_000);

  it("stops when the launcher is killed with SIGKILL, which no code of it sees", async () => {
    const launcher = await startProcess({ launcher: true, then: "setInterval(() => {}, 1000);" });

    process.kill(launcher.pid, "SIGKILL");

    expect(await launcher.exited).toBe(-1);
    expect(await waitUntilProcessGone(launcher.postmaster)).toBe(true);
  }, 120_000);

  it("stops, and ends the process, on SIGTERM to a process that leaves it to nobody", async () => {
    const plain = await startProcess({ launcher: false, then: "setInterval(() => {}, 1000);" });

    process.kill(plain.pid, "SIGTERM");

    expect(await plain.exited).toBe(128 + os.constants.signals.SIGTERM);
    expect(await waitUntilProcessGone(plain.postmaster)).toBe(true);
  }, 120_000);
});
