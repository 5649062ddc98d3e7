import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "@/lib/net/ports";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/postgres/embedded";

/**
 * A PostgreSQL of one test file's own that the test can stop and start again, for outage tests:
 * the run's shared database (global-setup.ts) must stay up for the other files. It is a real
 * embedded PostgreSQL 18 in a temporary folder; `stopImmediately()` is `pg_ctl stop -m
 * immediate` (SIGQUIT to the postmaster: connections are cut, nothing is shut down cleanly), as
 * in the fault test that found the bare 500s.
 *
 * lib/env.ts reads DATABASE_URL once, when first imported: a test file sets it to `url` before it
 * imports any app module (with `await import(...)`), so that the app's pools point here.
 */
export interface StoppableDatabase {
  readonly url: string;
  stopImmediately(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const DATABASE = "vigil_outage";

export async function openStoppableDatabase(): Promise<StoppableDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "vigil-outage-pg-"));
  const port = await findFreePort();
  let server: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port });
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  let running = true;

  return {
    url: server.urlFor(DATABASE),
    async stopImmediately() {
      const pid = Number.parseInt(
        (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]!,
        10,
      );
      process.kill(pid, "SIGQUIT");
      // Stopped once the postmaster is gone (its children go with it).
      for (let tries = 0; isAlive(pid); tries += 1) {
        if (tries > 200) throw new Error(`PostgreSQL ${pid} did not stop`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      running = false;
    },
    async start() {
      if (running) return;
      server = await startEmbeddedPostgres({ dataDir, port });
      running = true;
    },
    async close() {
      if (running) await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
