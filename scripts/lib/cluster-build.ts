import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { claimCacheForDatabase } from "@/lib/cache/cache-owner";
import { exitCodeOf, runNext } from "./next-process";

/** The build folder of `npm run cluster` and of the cluster test. */
export const CLUSTER_DIST_DIR = ".next-cluster";

const BUILD_TIMEOUT_MS = 20 * 60_000;

/** Which public origin a build folder was made for (prerendered pages keep it). */
const originStamp = (distDir: string) => path.join(distDir, "vigil-public-url");

export async function builtForOrigin(distDir: string): Promise<string | null> {
  return readFile(originStamp(distDir), "utf8").catch(() => null);
}

/**
 * `next build` into `distDir` on this database for this public origin (the instances' and
 * nginx's address), as scripts/start.ts builds: the folder's data cache is claimed for the
 * database first (lib/cache/README.md). Resolves with the exit code (0: built).
 */
export async function buildForCluster(options: {
  distDir: string;
  databaseUrl: string;
  publicUrl: string;
  quiet?: boolean;
}): Promise<number> {
  await claimCacheForDatabase({ root: options.distDir, databaseUrl: options.databaseUrl });
  const build = runNext(["build"], {
    databaseUrl: options.databaseUrl,
    quiet: options.quiet,
    env: { VIGIL_DIST_DIR: options.distDir, VIGIL_PUBLIC_URL: options.publicUrl },
  });
  const timer = setTimeout(() => build.kill("SIGKILL"), BUILD_TIMEOUT_MS);
  const code = await exitCodeOf(build);
  clearTimeout(timer);
  if (code === 0) await writeFile(originStamp(options.distDir), options.publicUrl);
  return code;
}
