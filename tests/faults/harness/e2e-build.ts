import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { buildForCluster, staleClusterBuild } from "../../../scripts/lib/cluster-build";

/**
 * The end-to-end layer's build folder, which the fault suite serves (scripts/start.ts --test);
 * VIGIL_DIST_DIR names another, as for `npm run test:e2e` (a second run beside another).
 */
export const E2E_DIST_DIR = process.env.VIGIL_DIST_DIR ?? ".next-e2e";
/**
 * The public origin the end-to-end build was made with (the e2e server's address): prerendered
 * pages keep it, so the fault suite's servers are configured with it too and send it as Origin.
 */
export const E2E_PUBLIC_URL = "http://localhost:3100";

/**
 * Reuses the end-to-end build when the e2e layer (scripts/start.ts --test) or an earlier run made
 * one for this origin from the sources in the working folder, by the cluster build's rule
 * (staleClusterBuild: missing, another origin, or sources changed since); otherwise, or with
 * `rebuild`, builds it as that layer would, on a throw-away database with the demo content (never
 * the fault suite's own database: the build must have been made on another one, see
 * build-on-another-database.test.ts). Resolves with what it did and why.
 */
export async function ensureE2eBuild({ rebuild = false } = {}): Promise<{
  outcome: "reused" | "built";
  reason?: string;
}> {
  const stale = rebuild
    ? "VIGIL_FAULTS_REBUILD=1"
    : await staleClusterBuild(E2E_DIST_DIR, E2E_PUBLIC_URL);
  if (stale === null) return { outcome: "reused" };
  const database = await openThrowawayDatabase("faultsbuild");
  try {
    await migrateAndSeedIfEmpty(database.url);
    const code = await buildForCluster({
      distDir: E2E_DIST_DIR,
      databaseUrl: database.url,
      publicUrl: E2E_PUBLIC_URL,
    });
    if (code !== 0) throw new Error(`next build into ${E2E_DIST_DIR} failed (exit code ${code}).`);
    return { outcome: "built", reason: stale };
  } finally {
    await database.close();
  }
}
