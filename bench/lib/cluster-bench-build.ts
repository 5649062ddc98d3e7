import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildForCluster, builtForOrigin } from "../../scripts/lib/cluster-build";

/**
 * What the build depends on, as git sees the checkout: the commit, the uncommitted changes and
 * the untracked files, outside the folders a build never reads (benches, tests, docs). Hashed
 * with the public origin, which prerendered pages keep.
 */
const NOT_BUILT = [":(exclude)bench", ":(exclude)tests", ":(exclude)docs", ":(exclude)*.md"];

function git(args: string[]): Buffer {
  return execFileSync("git", args, { maxBuffer: 512 * 1024 * 1024 });
}

async function buildInputsHash(publicUrl: string): Promise<string> {
  const hash = createHash("sha256").update(publicUrl);
  hash.update(git(["rev-parse", "HEAD"]));
  hash.update(git(["diff", "HEAD", "--binary", "--", ".", ...NOT_BUILT]));
  const untracked = git([
    "ls-files",
    "--others",
    "--exclude-standard",
    "-z",
    "--",
    ".",
    ...NOT_BUILT,
  ])
    .toString("utf8")
    .split("\0")
    .filter(Boolean)
    .sort();
  for (const file of untracked) {
    hash.update(file);
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex");
}

const stampFile = (distDir: string) => path.join(distDir, "vigil-bench-inputs");

/**
 * Builds into `distDir` for `publicUrl` on this database (scripts/lib/cluster-build.ts, as the
 * cluster does), unless a build there was made from the same inputs for the same origin and
 * `rebuild` is not set. Resolves with what it did.
 */
export async function ensureBenchClusterBuild(options: {
  distDir: string;
  databaseUrl: string;
  publicUrl: string;
  rebuild: boolean;
}): Promise<"reused" | "built"> {
  const inputs = await buildInputsHash(options.publicUrl);
  const stamp = await readFile(stampFile(options.distDir), "utf8").catch(() => null);
  if (
    !options.rebuild &&
    stamp === inputs &&
    existsSync(path.join(options.distDir, "BUILD_ID")) &&
    (await builtForOrigin(options.distDir)) === options.publicUrl
  ) {
    return "reused";
  }
  // A build that fails half-way must not pass for the last good one.
  await rm(stampFile(options.distDir), { force: true });
  const code = await buildForCluster({
    distDir: options.distDir,
    databaseUrl: options.databaseUrl,
    publicUrl: options.publicUrl,
  });
  if (code !== 0) throw new Error(`next build into ${options.distDir} failed (exit code ${code}).`);
  await writeFile(stampFile(options.distDir), inputs);
  return "built";
}
