import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import {
  buildForCluster,
  CLUSTER_DIST_DIR,
  staleClusterBuild,
} from "../../../scripts/lib/cluster-build";

/**
 * Reuses the cluster build when one was made for this public origin from the sources in the
 * working folder (unless `rebuild`), else builds it on a throw-away database with the demo
 * content (never the test's own database: the instances must discard a cache made on another
 * one, as in production after a restore). Resolves with what it did and why.
 */
export async function ensureClusterBuild(options: {
  publicUrl: string;
  rebuild?: boolean;
}): Promise<{ outcome: "reused" | "built"; reason?: string }> {
  const stale = options.rebuild
    ? "VIGIL_CLUSTER_REBUILD=1"
    : await staleClusterBuild(CLUSTER_DIST_DIR, options.publicUrl);
  if (stale === null) return { outcome: "reused" };
  const database = await openThrowawayDatabase("clusterbuild");
  try {
    await migrateAndSeedIfEmpty(database.url);
    const code = await buildForCluster({
      distDir: CLUSTER_DIST_DIR,
      databaseUrl: database.url,
      publicUrl: options.publicUrl,
    });
    if (code !== 0)
      throw new Error(`next build into ${CLUSTER_DIST_DIR} failed (exit code ${code}).`);
    return { outcome: "built", reason: stale };
  } finally {
    await database.close();
  }
}
