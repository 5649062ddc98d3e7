import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { claimCacheForDatabase } from "@/lib/cache/cache-owner";
import { exitCodeOf, runNext } from "./next-process";
import { sourceFingerprint } from "./source-fingerprint";

/** The build folder of `npm run cluster` and of the cluster test. */
export const CLUSTER_DIST_DIR = ".next-cluster";

const BUILD_TIMEOUT_MS = 20 * 60_000;

/** Which public origin a build folder was made for (prerendered pages keep it). */
const originStamp = (distDir: string) => path.join(distDir, "vigil-public-url");
/** Which sources it was made from (scripts/lib/source-fingerprint.ts). */
const sourcesStamp = (distDir: string) => path.join(distDir, "vigil-source-fingerprint");

export async function builtForOrigin(distDir: string): Promise<string | null> {
  return readFile(originStamp(distDir), "utf8").catch(() => null);
}

/**
 * Why the build in `distDir` cannot serve `publicUrl` from the sources in the working folder, or
 * null when it can: it is missing, was made for another address, or from other sources (code
 * changed since; a build without the stamp, made before it existed, counts as other sources).
 */
export async function staleClusterBuild(
  distDir: string,
  publicUrl: string,
): Promise<string | null> {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) return `there is no build in ${distDir}`;
  const origin = await builtForOrigin(distDir);
  if (origin !== publicUrl)
    return `the build in ${distDir} was made for ${origin ?? "another address"}`;
  const [built, now] = await Promise.all([
    readFile(sourcesStamp(distDir), "utf8").catch(() => null),
    sourceFingerprint(process.cwd()),
  ]);
  return built === now ? null : `the sources changed since the build in ${distDir} was made`;
}

/**
 * `next build` into `distDir` on this database for this public origin (the instances' and
 * nginx's address), as scripts/start.ts builds: the folder's data cache is claimed for the
 * database first (lib/cache/README.md). Resolves with the exit code (0: built). The sources'
 * fingerprint is taken before the build starts, so an edit made while it runs makes it stale.
 */
export async function buildForCluster(options: {
  distDir: string;
  databaseUrl: string;
  publicUrl: string;
  quiet?: boolean;
}): Promise<number> {
  const fingerprint = await sourceFingerprint(process.cwd());
  // A build cut short leaves a folder of mixed builds: stale until this one succeeds.
  await rm(sourcesStamp(options.distDir), { force: true });
  await claimCacheForDatabase({ root: options.distDir, databaseUrl: options.databaseUrl });
  const build = runNext(["build"], {
    databaseUrl: options.databaseUrl,
    quiet: options.quiet,
    env: { VIGIL_DIST_DIR: options.distDir, VIGIL_PUBLIC_URL: options.publicUrl },
  });
  const timer = setTimeout(() => build.kill("SIGKILL"), BUILD_TIMEOUT_MS);
  const code = await exitCodeOf(build);
  clearTimeout(timer);
  if (code === 0) {
    await writeFile(originStamp(options.distDir), options.publicUrl);
    await writeFile(sourcesStamp(options.distDir), fingerprint);
  }
  return code;
}
