import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { exitCodeOf, hasExited } from "./next-process";

/** Debian's Redis (package `redis-server`; .ci/run installs it). */
const REDIS_SERVER = "/usr/bin/redis-server";

export interface RunningRedis {
  /** `redis://127.0.0.1:<port>`: what VIGIL_REDIS_URL is set to. */
  readonly url: string;
  readonly process: ChildProcess;
  /** Stops it (SIGTERM: Redis saves nothing, see below) and removes a throw-away data folder. */
  stop(): Promise<void>;
}

/**
 * Debian's redis-server in the foreground on 127.0.0.1:`port`, for the page cache only: nothing
 * in it must outlive the process (the cache is refilled from PostgreSQL), so no snapshots and no
 * append-only file. `dataDir` keeps its working folder (else a temporary one, removed on stop).
 */
export async function startRedis(
  port: number,
  options: { dataDir?: string; quiet?: boolean } = {},
): Promise<RunningRedis> {
  const throwaway = !options.dataDir;
  const dir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "vigil-redis-")));
  await mkdir(dir, { recursive: true });
  const child = spawn(REDIS_SERVER, cacheOnlyRedisArguments(port, dir), {
    stdio: options.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    // Its own process group: Ctrl-C in a terminal must not stop it while instances still drain.
    detached: true,
  });
  // Should the launcher exit without stop() (another exit hook calling process.exit), Redis
  // must not outlive it on its port.
  const killAtExit = () => child.kill("SIGTERM");
  process.once("exit", killAtExit);
  const stop = async () => {
    process.off("exit", killAtExit);
    if (!hasExited(child)) {
      const exited = exitCodeOf(child);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (throwaway) await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (hasExited(child)) {
      await stop();
      throw new Error(`redis-server exited while starting on port ${port} (is the port taken?).`);
    }
    if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`redis-server did not answer on port ${port} within 10 s.`);
}

/**
 * redis-server's arguments for a cache-only Redis on 127.0.0.1:`port`, working in `dir`: no
 * snapshots, no append-only file, bounded memory whose least recently used entries go first.
 */
export function cacheOnlyRedisArguments(port: number, dir: string): string[] {
  return [
    ...["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--daemonize", "no"],
    ...["--save", "", "--appendonly", "no"],
    ...["--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"],
  ];
}

/**
 * PING in Redis's protocol: the launcher (and the tests' Redis) need no client library to know
 * Redis is up, and so do not depend on what they start it for.
 */
export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
