import { buildForCluster, staleClusterBuild } from "../../scripts/lib/cluster-build";

/**
 * Builds into `distDir` for `publicUrl` on this database (scripts/lib/cluster-build.ts, as the
 * cluster does), unless the build there was made for the same origin from the same sources
 * (`staleClusterBuild`, the cluster test's rule) and `rebuild` is not set. Resolves with what it
 * did.
 */
export async function ensureBenchClusterBuild(options: {
  distDir: string;
  databaseUrl: string;
  publicUrl: string;
  rebuild: boolean;
}): Promise<"reused" | "built"> {
  if (!options.rebuild && (await staleClusterBuild(options.distDir, options.publicUrl)) === null) {
    return "reused";
  }
  const code = await buildForCluster({
    distDir: options.distDir,
    databaseUrl: options.databaseUrl,
    publicUrl: options.publicUrl,
  });
  if (code !== 0) throw new Error(`next build into ${options.distDir} failed (exit code ${code}).`);
  return "built";
}
