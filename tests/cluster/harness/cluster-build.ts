import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import {
  buildForCluster,
  builtForOrigin,
  CLUSTER_DIST_DIR,
} from "../../../scripts/lib/cluster-build";

/**
 * Reuses the cluster build when one was made for this public origin (unless `rebuild`), else
 * builds it on a throw-away database with the demo content (never the test's own database: the
 * instances must discard a cache made on another one, as in production after a restore).
 */
export async function ensureClusterBuild(options: {
  publicUrl: string;
  rebuild?: boolean;
}): Promise<"reused" | "built"> {
  if (!options.rebuild && (await builtForOrigin(CLUSTER_DIST_DIR)) === options.publicUrl) {
    return "reused";
  }
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
    return "built";
  } finally {
    await database.close();
  }
}
