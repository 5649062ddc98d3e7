import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Where Next.js (without a cache handler) keeps what it caches while serving: the data cache and
 * the pages and route responses it rendered on demand (ISR). Also trimmed to a budget while a
 * server runs (cache-folder-budget.ts).
 */
export const SERVING_CACHE_FOLDERS = ["cache/fetch-cache", "server/route-cache"] as const;

/**
 * Removes everything in a Next.js build folder that holds content read from the database, and
 * nothing else (the compiled code and the compiler's cache stay):
 *
 * - `cache/fetch-cache`: the data cache (`unstable_cache` results, lib/data/cache.ts), which
 *   Next.js keeps across builds and which `next build` itself reads while prerendering;
 * - `cache/images`: the image optimiser's copies;
 * - `server/route-cache`: pages and route responses cached while serving (ISR);
 * - the pages the build prerendered (`server/app/<route>.html|.rsc|.meta|.body|.segments`,
 *   listed in `prerender-manifest.json`). Next.js renders a page whose files are missing on its
 *   first request and caches it again, as it does for a page that was never prerendered (every
 *   route here renders on demand; checked with a real build, lib/cache/README.md).
 *
 * Returns the paths removed, relative to `root`.
 */
export async function discardCachedContent(root: string): Promise<string[]> {
  const targets = [...SERVING_CACHE_FOLDERS, "cache/images", ...(await prerenderedFiles(root))];
  const removed: string[] = [];
  for (const target of targets) {
    const full = path.join(root, target);
    if (!existsSync(full)) continue;
    await rm(full, { recursive: true, force: true });
    removed.push(target);
  }
  return removed;
}

const PRERENDER_SUFFIXES = [".html", ".rsc", ".meta", ".body", ".segments"];

/** The files of each prerendered route of a production build (none in a development folder). */
async function prerenderedFiles(root: string): Promise<string[]> {
  let manifest: { routes?: Record<string, unknown> };
  try {
    manifest = JSON.parse(await readFile(path.join(root, "prerender-manifest.json"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: string[] = [];
  for (const route of Object.keys(manifest.routes ?? {})) {
    // Routes are URL paths ("/en/about"); Next.js stores "/" as "index".
    const base = route === "/" ? "/index" : route;
    if (base.includes("..")) continue;
    for (const suffix of PRERENDER_SUFFIXES) files.push(`server/app${base}${suffix}`);
  }
  return files;
}
