import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readDatabaseIdentity } from "@/lib/cache/database-identity";
import { discardCachedContent } from "@/lib/cache/discard-cached-content";
import { findIdentityChange, nextCacheOwner, type CacheOwner } from "@/lib/cache/identity-change";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";

/**
 * The record of which database a build folder's cached content came from. It lives in `cache/`,
 * which `next build` keeps, like the data cache it vouches for.
 */
const OWNER_FILE = "cache/vigil-database.json";

/** Where Next.js keeps a server's caches: `next dev` uses `<distDir>/dev` (Next.js 16). */
export function cacheRootOf(distDir: string, options: { dev?: boolean } = {}): string {
  return options.dev ? path.join(distDir, "dev") : distDir;
}

export async function readCacheOwner(root: string): Promise<CacheOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(root, OWNER_FILE), "utf8")) as CacheOwner;
    return parsed?.identity?.databaseOid && parsed.highestWalLsn ? parsed : null;
  } catch (error) {
    // A missing or half-written record vouches for nothing: the cache is discarded.
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || error instanceof SyntaxError) {
      return null;
    }
    throw error;
  }
}

export async function writeCacheOwner(root: string, owner: CacheOwner): Promise<void> {
  const file = path.join(root, OWNER_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside and renamed: a reader never sees half a record.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(owner, null, 2)}\n`);
  await rename(temporary, file);
}

/** Forgets the owner, so that the next start discards whatever the folder holds. */
export async function forgetCacheOwner(root: string): Promise<void> {
  await rm(path.join(root, OWNER_FILE), { force: true });
}

export interface CacheClaim {
  root: string;
  /** The database the folder's content now belongs to; null when it could not be asked. */
  owner: CacheOwner | null;
  /** What was removed (relative to `root`), and why; empty when nothing was cached or kept. */
  discarded: string[];
  reason: string | null;
}

/**
 * Why even the same database's cache goes when a server has served from the folder before:
 * Next.js records which tags were revalidated in the process's memory only (its tags manifest),
 * while the pages and data it cached stay on disk. A profile redacted shortly before a restart,
 * and not requested since, would come back from disk with the redacted field, counted fresh for
 * up to its `revalidate` (an hour). What a build has just prerendered, and no server has served
 * yet, missed no revalidation of this folder's and is kept.
 */
const RESTART =
  "a server served from them before, and what it revalidated was kept in its memory only";

/** Written when a server starts on the folder; a claim that finds it discards the cache. */
const SERVED_FILE = "cache/vigil-served";

/**
 * Makes a build folder's cached content belong to the database at `databaseUrl` before a server
 * or a build uses it: when the folder's record names another database, or the same one taken
 * back in time, or nothing, or a server has served from the folder before (RESTART), its cached
 * pages and data are removed (one log line says what and why) and the record names this
 * database. A database that cannot be reached leaves the folder as it is (the server can still
 * answer from it during an outage); the running server checks again when the database answers
 * (lib/cache/watch-cache-owner.ts).
 */
export async function claimCacheForDatabase(options: {
  root: string;
  databaseUrl: string;
  /** A server is about to serve from the folder (a build is not). */
  forServer?: boolean;
  log?: (line: string) => void;
}): Promise<CacheClaim> {
  const { root, databaseUrl } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const recorded = await readCacheOwner(root);
  let identity;
  try {
    identity = await readDatabaseIdentity(databaseUrl);
  } catch (error) {
    // Never what stops a server from starting: during an outage the cache is all it can serve.
    const why = isDatabaseUnavailable(error)
      ? "unreachable"
      : error instanceof Error
        ? error.message
        : String(error);
    log(
      `[vigil] Cannot ask the database which it is (${why}): the cache in ${root} is kept for now and checked when the database answers.`,
    );
    if (options.forServer) await markServed(root);
    return { root, owner: recorded, discarded: [], reason: null };
  }
  const served = existsSync(path.join(root, SERVED_FILE));
  const reason = findIdentityChange(recorded, identity) ?? (served ? RESTART : null);
  const discarded = reason ? await discardCachedContent(root) : [];
  if (options.forServer) await markServed(root);
  else await rm(path.join(root, SERVED_FILE), { force: true });
  if (discarded.length > 0) {
    log(
      `[vigil] Discarded the cached pages and data in ${root} (${describe(discarded)}): ${reason}.`,
    );
  }
  const owner = nextCacheOwner(recorded, identity);
  await writeCacheOwner(root, owner);
  return { root, owner, discarded, reason };
}

async function markServed(root: string): Promise<void> {
  await mkdir(path.join(root, "cache"), { recursive: true });
  await writeFile(path.join(root, SERVED_FILE), new Date().toISOString());
}

function describe(discarded: string[]): string {
  const parts: string[] = [];
  if (discarded.includes("cache/fetch-cache")) parts.push("data cache");
  if (discarded.includes("server/route-cache")) parts.push("pages cached while serving");
  const prerendered = new Set(
    discarded
      .filter((target) => target.startsWith("server/app/"))
      .map((target) => target.replace(/\.[a-z]+$/, "")),
  ).size;
  if (prerendered > 0) parts.push(`${prerendered} prerendered pages`);
  if (discarded.includes("cache/images")) parts.push("optimised images");
  return parts.join(", ");
}
