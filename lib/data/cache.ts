import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { revalidateSharedCache } from "@/lib/cache/shared-revalidation";
import { dropMemoryCached, memoryCachedRead } from "@/lib/data/memory-cache";
import { env } from "@/lib/env";

/**
 * Public pages are served from the Next.js cache and refreshed within seconds of a change:
 * every public read is wrapped in `cachedRead` with the tags of the content it reads, and every
 * write calls `revalidateContent` with the same tags. A page rendered from tagged reads is
 * itself invalidated when one of its tags is.
 *
 * Tags name what changed, coarse to fine: "prisoners" (any list, count or statistic of
 * prisoners), "prisoner:<id>" (one profile and what embeds it), and likewise for publications,
 * letters and countries.
 */
export const cacheTags = {
  prisoners: "prisoners",
  prisoner: (id: string) => `prisoner:${id}`,
  publications: "publications",
  publication: (id: string) => `publication:${id}`,
  letters: "letters",
  letter: (id: string) => `letter:${id}`,
  countries: "countries",
  /** Reference data shown everywhere: tags, affiliations, criminal code articles, facilities. */
  reference: "reference",
} as const;

/** Upper bound for anything the tags miss (e.g. "time in detention" counted in days). */
const MAX_AGE_SECONDS = 3600;

/**
 * Caches a public read. `tagsFor` names the content its result depends on; the arguments become
 * part of the cache key, so they must be JSON-serialisable, and so must the result (dates as
 * ISO strings, which the public DTOs already use).
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  options: {
    /** A shorter life than the default hour, for reads whose keys are many (directory searches). */
    maxAgeSeconds?: number;
    /**
     * On a server without a shared cache (no VIGIL_REDIS_URL), keep the answers in this process's
     * memory, up to this many bytes, instead of Next.js's data cache, which writes each new entry
     * to disk (lib/data/memory-cache.ts). For reads that are many, small and frequent, and read by
     * route handlers only: a page's cached reads must stay in Next.js's cache, whose tags are what
     * revalidate the cached page.
     */
    inMemoryBytes?: number;
  } = {},
): (...args: Args) => Promise<Result> {
  if (options.inMemoryBytes !== undefined && !env.VIGIL_REDIS_URL) {
    return memoryCachedRead(name, read, tagsFor, {
      maxAgeSeconds: options.maxAgeSeconds ?? MAX_AGE_SECONDS,
      maxBytes: options.inMemoryBytes,
    });
  }
  return async (...args: Args) => {
    const cached = unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: tagsFor(...args),
      revalidate: options.maxAgeSeconds ?? MAX_AGE_SECONDS,
    });
    try {
      return await cached();
    } catch (error) {
      // Outside a Next.js server (scripts, integration tests) there is no cache to read from:
      // the read runs as it is.
      if (error instanceof Error && error.message.includes("incrementalCache missing")) {
        return read(...args);
      }
      throw error;
    }
  };
}

/** Marks cached content as stale after a write; the next request renders it afresh. */
export function revalidateContent(...tags: string[]): void {
  dropMemoryCached(tags);
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a Next.js request (scripts, jobs, integration tests) Next.js cannot revalidate:
      // the shared cache in Redis still can, when this process has one; a local cache cannot.
      if (error instanceof Error && error.message.includes("static generation store missing")) {
        revalidateSharedCache(tags);
        return;
      }
      throw error;
    }
  }
}
