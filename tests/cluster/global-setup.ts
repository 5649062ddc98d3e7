import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startDevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { CLUSTER_DIST_DIR } from "../../scripts/lib/cluster-build";
import { startNginx } from "../../scripts/lib/nginx-proxy";
import { startRedis } from "../../scripts/lib/redis-server";
import { ensureClusterBuild } from "./harness/cluster-build";
import {
  CLUSTER_PORTS,
  CLUSTER_PUBLIC_URL,
  startInstance,
  stopInstance,
} from "./harness/cluster-parts";
import { plantOverdueRetention } from "./harness/retention-fixture";

declare module "vitest" {
  export interface ProvidedContext {
    clusterDatabaseUrl: string;
    /** Instance A and instance B, addressed directly. */
    clusterInstanceUrls: string[];
    clusterInstancePids: number[];
    /** nginx in front of both (its public origin is CLUSTER_PUBLIC_URL). */
    clusterNginxUrl: string;
  }
}

/**
 * Once per run: the cluster build (reused when made for this origin from the current sources;
 * VIGIL_CLUSTER_REBUILD=1 rebuilds), a fresh PostgreSQL with the demo content, Redis, the
 * development SMTP server, two Vigil instances and nginx in front, all real. The teardown stops
 * and removes all of it, also after a failed start.
 */
export default async function setup(project: TestProject) {
  const verbose = process.env.VIGIL_CLUSTER_VERBOSE === "1";
  const started = Date.now();
  const build = await ensureClusterBuild({
    publicUrl: CLUSTER_PUBLIC_URL,
    rebuild: process.env.VIGIL_CLUSTER_REBUILD === "1",
  });
  console.info(
    `[cluster] ${build.outcome === "reused" ? "Reusing" : `Built (${build.reason})`} the cluster build in ${CLUSTER_DIST_DIR} (${Math.round((Date.now() - started) / 1000)} s).`,
  );

  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error: unknown) => console.error(error));
  };
  try {
    const database = await openThrowawayDatabase("cluster");
    stops.push(() => database.close());
    await migrateAndSeedIfEmpty(database.url);
    await plantOverdueRetention(database.url);

    const redis = await startRedis(CLUSTER_PORTS.redis, { quiet: !verbose });
    stops.push(redis.stop);
    const mailDir = await mkdtemp(path.join(os.tmpdir(), "vigil-cluster-mail-"));
    stops.push(() => rm(mailDir, { recursive: true, force: true }));
    const mail = await startDevSmtpServer({ dir: mailDir });
    stops.push(() => mail.close());

    const instances: ChildProcess[] = [];
    stops.push(() => Promise.all(instances.map(stopInstance)).then(() => undefined));
    const instanceStart = Date.now();
    // Together, as a deploy starts them: both race for the migration lock and the job schedule.
    instances.push(
      ...(await Promise.all(
        CLUSTER_PORTS.instances.map((port) =>
          startInstance({
            port,
            databaseUrl: database.url,
            redisUrl: redis.url,
            smtpUrl: mail.url,
            verbose,
          }),
        ),
      )),
    );
    const nginx = await startNginx(
      {
        listen: `127.0.0.1:${CLUSTER_PORTS.nginx}`,
        upstreams: CLUSTER_PORTS.instances.map((port) => `127.0.0.1:${port}`),
        distDir: CLUSTER_DIST_DIR,
      },
      { quiet: !verbose },
    );
    stops.push(nginx.stop);
    console.info(
      `[cluster] Two instances and nginx up in ${Math.round((Date.now() - instanceStart) / 1000)} s.`,
    );

    project.provide("clusterDatabaseUrl", database.url);
    project.provide(
      "clusterInstanceUrls",
      CLUSTER_PORTS.instances.map((port) => `http://127.0.0.1:${port}`),
    );
    project.provide(
      "clusterInstancePids",
      instances.map((instance) => instance.pid!),
    );
    project.provide("clusterNginxUrl", nginx.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
