import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { SERVING_CACHE_FOLDERS } from "@/lib/cache/discard-cached-content";

/**
 * Keeps what a single server caches on disk within a budget. Without Redis, Next.js writes every
 * page and data read it caches while serving into the build folder and never deletes a file:
 * each different directory search adds its page and its results (issue 17), so a crawler asking
 * for random names would fill the disk. Next.js offers no size bound for these folders (only for
 * optimised images), and keeping them is what lets a restarted server answer during a database
 * outage, so they stay on disk and this trims them instead: over the budget, the least recently
 * written entries go first, down to three quarters of it. A removed entry is a cache miss, which
 * Next.js renders again; the process's own copy in memory (Next.js's LRU) is unaffected.
 *
 * Entries are grouped by name without suffix (a page is `x.html`, `x.rsc`, `x.meta` and a
 * `x.segments/` folder), so an entry is never left half removed. With VIGIL_REDIS_URL the cache
 * is in Redis (bounded by its `maxmemory`), and nothing here runs.
 */

/** Over the budget, entries go until the folders hold this share of it. */
const LOW_WATER = 0.75;
/** How often a server trims: a search page is ~60 KB, so minutes of a crawl stay far below 1 GB. */
const TRIM_INTERVAL_MS = 5 * 60_000;

interface Entry {
  paths: string[];
  bytes: number;
  newest: number;
}

export interface TrimResult {
  bytesBefore: number;
  bytesAfter: number;
  entriesRemoved: number;
}

/** Trims the cache folders under `root` (a build folder) to `budgetBytes`; see above. */
export async function trimCacheFolders(root: string, budgetBytes: number): Promise<TrimResult> {
  const entries = new Map<string, Entry>();
  for (const folder of SERVING_CACHE_FOLDERS) await collect(path.join(root, folder), entries);
  const all = [...entries.values()];
  const bytesBefore = all.reduce((sum, entry) => sum + entry.bytes, 0);
  let bytesAfter = bytesBefore;
  let entriesRemoved = 0;
  if (bytesBefore <= budgetBytes) return { bytesBefore, bytesAfter, entriesRemoved };
  all.sort((a, b) => a.newest - b.newest);
  for (const entry of all) {
    if (bytesAfter <= budgetBytes * LOW_WATER) break;
    for (const file of entry.paths) await rm(file, { recursive: true, force: true });
    bytesAfter -= entry.bytes;
    entriesRemoved += 1;
  }
  return { bytesBefore, bytesAfter, entriesRemoved };
}

/** The entry a file belongs to: its path without the suffixes Next.js adds. */
function entryKey(file: string): string {
  return file.replace(/\.(html|rsc|meta|body|json|segments)$/, "");
}

async function collect(directory: string, entries: Map<string, Entry>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const name of names) {
    const full = path.join(directory, name);
    const info = await stat(full).catch(() => null);
    if (!info) continue;
    if (info.isDirectory() && !name.endsWith(".segments")) {
      await collect(full, entries);
      continue;
    }
    const part = info.isDirectory()
      ? await folderContents(full)
      : { bytes: info.size, newest: info.mtimeMs };
    const key = entryKey(full);
    const entry = entries.get(key) ?? { paths: [], bytes: 0, newest: 0 };
    entry.paths.push(full);
    entry.bytes += part.bytes;
    entry.newest = Math.max(entry.newest, part.newest);
    entries.set(key, entry);
  }
}

/** The bytes and the latest write of the files in a folder (a page's `.segments`), at any depth. */
async function folderContents(directory: string): Promise<{ bytes: number; newest: number }> {
  const contents = { bytes: 0, newest: 0 };
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    const part = entry.isDirectory()
      ? await folderContents(full)
      : await stat(full).then(
          (info) => ({ bytes: info.size, newest: info.mtimeMs }),
          () => ({ bytes: 0, newest: 0 }),
        );
    contents.bytes += part.bytes;
    contents.newest = Math.max(contents.newest, part.newest);
  }
  return contents;
}

/**
 * Trims at start and then every few minutes (`intervalMs`) in the background of a server process; a failed
 * trim is logged and tried again next time, never fatal. Returns a function that stops it.
 */
export function keepCacheFoldersWithin(
  root: string,
  budgetBytes: number,
  options: { intervalMs?: number; log: (line: string) => void },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await trimCacheFolders(root, budgetBytes);
      if (result.entriesRemoved > 0) {
        const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
        options.log(
          `[vigil] Cache folders in ${root} held ${mb(result.bytesBefore)} MB, over the ${mb(budgetBytes)} MB budget: removed the ${result.entriesRemoved} least recently written entries (${mb(result.bytesAfter)} MB left).`,
        );
      }
    } catch (error) {
      options.log(
        `[vigil] Could not trim the cache folders in ${root}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? TRIM_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
