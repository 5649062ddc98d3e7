import type { ChildProcess } from "node:child_process";
import { exitCodeOf, hasExited, runWebServer } from "../../../scripts/lib/next-process";
import { CLUSTER_DIST_DIR } from "../../../scripts/lib/cluster-build";
import { waitFor } from "../../faults/harness/deadline";

/**
 * The cluster test's fixed addresses (helper range of this machine: instances 3450–3459, nginx
 * 8450–8459, Redis 6381–6389). The public origin is nginx's: every instance makes its links with
 * it and accepts form posts whose Origin is it.
 */
export const CLUSTER_PORTS = { instances: [3450, 3451], nginx: 8450, redis: 6381 } as const;
export const CLUSTER_PUBLIC_URL = `http://localhost:${CLUSTER_PORTS.nginx}`;

const START_TIMEOUT_MS = 120_000;

/**
 * One Vigil instance of the cluster, as `npm run cluster` starts it (scripts/serve.ts through
 * runWebServer): the shared build, Redis page cache, media in PostgreSQL, nginx trusted.
 */
export async function startInstance(options: {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  verbose: boolean;
}): Promise<ChildProcess> {
  const child = runWebServer({
    port: options.port,
    databaseUrl: options.databaseUrl,
    quiet: !options.verbose,
    env: {
      VIGIL_DIST_DIR: CLUSTER_DIST_DIR,
      VIGIL_PUBLIC_URL: CLUSTER_PUBLIC_URL,
      VIGIL_TRUSTED_PROXIES: "127.0.0.1",
      VIGIL_REDIS_URL: options.redisUrl,
      VIGIL_MEDIA_STORAGE: "postgres",
      VIGIL_SMTP_URL: options.smtpUrl,
      VIGIL_JOBS: "on",
    },
  });
  const outcome = await waitFor(
    `the instance on port ${options.port} to answer 200 on /api/ready`,
    async () => {
      if (hasExited(child)) return "exited" as const;
      const response = await fetch(`http://127.0.0.1:${options.port}/api/ready`);
      await response.body?.cancel();
      return response.status === 200 ? ("healthy" as const) : undefined;
    },
    { timeoutMs: START_TIMEOUT_MS },
  ).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
  if (outcome === "exited") {
    throw new Error(
      `The instance on port ${options.port} exited while starting (${child.exitCode ?? child.signalCode}); run with VIGIL_CLUSTER_VERBOSE=1 to see its output.`,
    );
  }
  return child;
}

/** SIGTERM (the instance drains), SIGKILL after 20 s; at once when it has already exited. */
export async function stopInstance(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = exitCodeOf(child);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}
