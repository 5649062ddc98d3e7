import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isPortFree } from "@/lib/net/ports";

/**
 * Debian's PostgreSQL 15 (packages postgresql-15 and postgresql-client-15; .ci/run installs
 * them): the oldest major version Vigil supports, and one whose pg_dump exists here (the
 * embedded PostgreSQL 18 ships none, and a pg_dump refuses a server newer than itself).
 */
export const DEBIAN_PG_BIN = "/usr/lib/postgresql/15/bin";

const USER = "postgres";
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface DebianPostgres {
  readonly port: number;
  urlFor(database: string): string;
  /** Connection URL of the maintenance database, to create and inspect the others. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL refuses to run as root: as root (CI containers, this machine) the cluster belongs to
 * the `postgres` user Debian's package created; otherwise to the current user.
 */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * A throw-away cluster in a temporary folder (trust authentication on 127.0.0.1 only, no
 * durability: it lives for one test file) on the first free port of `ports`. `stop()` shuts it
 * down and removes the folder.
 */
export async function startDebianPostgres(ports: number[]): Promise<DebianPostgres> {
  if (!existsSync(path.join(DEBIAN_PG_BIN, "initdb"))) {
    throw new Error(
      `No PostgreSQL 15 in ${DEBIAN_PG_BIN}: install Debian's postgresql-15 and age (as .ci/run does).`,
    );
  }
  let port: number | undefined;
  for (const candidate of ports) {
    if (await isPortFree(candidate)) {
      port = candidate;
      break;
    }
  }
  if (port === undefined) throw new Error(`None of the ports ${ports.join(", ")} is free.`);

  const user = serverUser();
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-pg15-"));
  if (user.uid !== undefined) await chown(dir, user.uid, user.gid!);
  const dataDir = path.join(dir, "data");
  try {
    execFileSync(
      path.join(DEBIAN_PG_BIN, "initdb"),
      [`--pgdata=${dataDir}`, `--username=${USER}`, "--auth=trust", "--encoding=UTF8"].concat([
        "--locale=C.UTF-8",
        "--no-sync",
      ]),
      { ...user, stdio: "pipe", timeout: START_TIMEOUT_MS },
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  let log = "";
  const server: ChildProcess = spawn(
    path.join(DEBIAN_PG_BIN, "postgres"),
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"]
      .concat(["-c", "unix_socket_directories=", "-c", "fsync=off"])
      .concat(["-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    { ...user, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));

  const urlFor = (database: string) => `postgresql://${USER}@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, no waiting for clients).
      server.kill("SIGINT");
      const timer = setTimeout(() => server.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => {});
      if (server.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL 15 did not start on port ${port}:\n${log.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { port, urlFor, adminUrl: urlFor("postgres"), stop };
}
