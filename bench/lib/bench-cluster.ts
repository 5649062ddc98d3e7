import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startDevSmtpServer } from "@/lib/mail/dev-smtp-server";
import {
  exitCodeOf,
  hasExited,
  runWebServer,
  waitUntilHealthy,
} from "../../scripts/lib/next-process";
import { startNginx } from "../../scripts/lib/nginx-proxy";
import { startRedis } from "../../scripts/lib/redis-server";

/** This bench's fixed ports (its range on shared machines: 3530–3539, 8530–8539, 6530–6539). */
export const BENCH_CLUSTER_PORTS = {
  /** Instances A and B (Redis cache) and L (the local cache of a single server). */
  instances: { a: 3530, b: 3531, local: 3532 },
  /** nginx in front of A only, and in front of A and B. */
  nginx: { one: 8530, two: 8531 },
  redis: 6530,
} as const;

/** The public origin every instance makes its links with and checks form posts against. */
export const BENCH_CLUSTER_PUBLIC_URL = `http://localhost:${BENCH_CLUSTER_PORTS.nginx.one}`;

export interface BenchCluster {
  /** Where the bench sends its requests (127.0.0.1: nginx and the instances listen there). */
  urls: { nginxOne: string; nginxTwo: string; instanceA: string; instanceLocal: string };
  stop(): Promise<void>;
}

/**
 * The cluster as `npm run cluster` runs it (Redis, media in PostgreSQL, nginx trusted, jobs on,
 * a local SMTP server), with two nginx configurations in front (one instance, two instances) and
 * one more instance without Redis beside it, the single-server baseline. Everything is started
 * one after the other (each instance claims the build folder's cache at start) and stopped in
 * reverse order, also after a failed start.
 */
export async function startBenchCluster(options: {
  databaseUrl: string;
  distDir: string;
}): Promise<BenchCluster> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse())
      await step().catch((error: unknown) => console.error(error));
  };
  try {
    const mailDir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-cluster-mail-"));
    stops.push(() => rm(mailDir, { recursive: true, force: true }));
    const mail = await startDevSmtpServer({ dir: mailDir, log: () => {} });
    stops.push(() => mail.close());
    const redis = await startRedis(BENCH_CLUSTER_PORTS.redis, { quiet: true });
    stops.push(redis.stop);

    const instanceEnv: Record<string, string> = {
      VIGIL_DIST_DIR: options.distDir,
      VIGIL_PUBLIC_URL: BENCH_CLUSTER_PUBLIC_URL,
      VIGIL_TRUSTED_PROXIES: "127.0.0.1",
      VIGIL_MEDIA_STORAGE: "postgres",
      VIGIL_SMTP_URL: mail.url,
      VIGIL_JOBS: "on",
    };
    const start = async (port: number, env: Record<string, string>) => {
      const child = runWebServer({ port, databaseUrl: options.databaseUrl, quiet: true, env });
      stops.push(() => stopInstance(child));
      if (!(await waitUntilHealthy(`http://127.0.0.1:${port}/api/ready`, child))) {
        throw new Error(`The instance on port ${port} did not become ready.`);
      }
    };
    const { a, b, local } = BENCH_CLUSTER_PORTS.instances;
    await start(local, instanceEnv);
    await start(a, { ...instanceEnv, VIGIL_REDIS_URL: redis.url });
    await start(b, { ...instanceEnv, VIGIL_REDIS_URL: redis.url });

    const nginxFor = async (port: number, upstreams: number[]) => {
      const nginx = await startNginx(
        {
          listen: `127.0.0.1:${port}`,
          upstreams: upstreams.map((upstream) => `127.0.0.1:${upstream}`),
          distDir: options.distDir,
        },
        { quiet: true },
      );
      stops.push(nginx.stop);
      return nginx.url;
    };
    const nginxOne = await nginxFor(BENCH_CLUSTER_PORTS.nginx.one, [a]);
    const nginxTwo = await nginxFor(BENCH_CLUSTER_PORTS.nginx.two, [a, b]);
    return {
      urls: {
        nginxOne,
        nginxTwo,
        instanceA: `http://127.0.0.1:${a}`,
        instanceLocal: `http://127.0.0.1:${local}`,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** SIGTERM (the instance drains), SIGKILL after 20 s. */
async function stopInstance(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = exitCodeOf(child);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}
