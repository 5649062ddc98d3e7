import "server-only";
import { LRUCache } from "lru-cache";

/**
 * A public read cached in this process's memory: `cachedRead`'s `inMemoryBytes` option
 * (lib/data/cache.ts), on a server without a shared cache, for reads that are many, small and
 * asked for at a high rate, as the live search's results are (app/api/directory). Through Next.js's
 * data cache every new search also wrote its entry to disk (`cache/fetch-cache`: a folder, a file,
 * a write), about a tenth of that route's CPU (issue 17).
 *
 * It keeps what `cachedRead` promises:
 *
 * - tagged: `revalidateContent` drops every entry carrying a revalidated tag at once, and an
 *   answer whose read was under way when its tag was revalidated goes to its callers, but is not
 *   kept and is not given to later ones;
 * - a burst of one key costs one read: callers of a key being read wait for that read;
 * - after `maxAgeSeconds` an entry is served once more while it is read again in the background,
 *   as Next.js serves a stale entry, so that the database being away costs no error while an
 *   answer is known;
 * - bounded: at most `maxBytes` of entries (by their JSON), the least recently used go first.
 *
 * lru-cache's own `fetch()` coalesces and serves stale too, but it aborts a read whose entry is
 * dropped, failing its callers; here they get their answer and only the keeping is skipped.
 */
export function memoryCachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  options: { maxAgeSeconds: number; maxBytes: number; now?: () => number },
): (...args: Args) => Promise<Result> {
  // One cache per name in the process, whichever copy of the calling module asks (a bundle's
  // own, or one evaluated again in development), so that every drop reaches what is served.
  const caches = registry();
  const cache = (caches.get(name) ??
    new MemoryCache(options.maxBytes, options.now ?? Date.now)) as MemoryCache<Result>;
  caches.set(name, cache as MemoryCache<unknown>);
  const maxAgeMs = options.maxAgeSeconds * 1_000;
  return (...args: Args) => {
    const key = JSON.stringify(args);
    const entry = cache.get(key);
    if (entry && cache.now() - entry.madeAt < maxAgeMs) return Promise.resolve(entry.value);
    const reading = cache.readOnce(key, tagsFor(...args), () => read(...args));
    if (!entry) return reading;
    reading.catch((error: unknown) =>
      console.error(`[vigil] Refreshing the cached ${name} failed; the last answer stands:`, error),
    );
    return Promise.resolve(entry.value);
  };
}

/** Drops every entry of this process's memory caches that carries one of `tags`. */
export function dropMemoryCached(tags: readonly string[]): void {
  const dropped = new Set(tags);
  for (const cache of registry().values()) cache.drop(dropped);
}

interface Entry<Result> {
  value: Result;
  tags: readonly string[];
  madeAt: number;
  bytes: number;
}

interface Read<Result> {
  answer: Promise<Result>;
  tags: readonly string[];
  /** Set when one of its tags was revalidated while it ran: its answer is not kept. */
  dropped: boolean;
}

class MemoryCache<Result> {
  private readonly entries: LRUCache<string, Entry<Result>>;
  private readonly reads = new Map<string, Read<Result>>();

  constructor(
    maxBytes: number,
    readonly now: () => number,
  ) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });
  }

  get(key: string): Entry<Result> | undefined {
    return this.entries.get(key);
  }

  readOnce(key: string, tags: readonly string[], read: () => Promise<Result>): Promise<Result> {
    const pending = this.reads.get(key);
    if (pending) return pending.answer;
    const current: Read<Result> = { answer: read(), tags, dropped: false };
    this.reads.set(key, current);
    current.answer = current.answer
      .then((value) => {
        if (!current.dropped) {
          const bytes = Math.max(JSON.stringify(value)?.length ?? 0, 1);
          this.entries.set(key, { value, tags, madeAt: this.now(), bytes });
        }
        return value;
      })
      .finally(() => {
        if (this.reads.get(key) === current) this.reads.delete(key);
      });
    return current.answer;
  }

  drop(tags: ReadonlySet<string>): void {
    const carries = (item: { tags: readonly string[] }) => item.tags.some((tag) => tags.has(tag));
    for (const [key, read] of this.reads) {
      if (!carries(read)) continue;
      read.dropped = true;
      this.reads.delete(key);
    }
    const stale = [...this.entries.entries()].filter(([, entry]) => carries(entry));
    for (const [key] of stale) this.entries.delete(key);
  }
}

/**
 * Every memory cache of the process, on globalThis: the app's bundles may each have a copy of this
 * module, and a revalidation in any of them must reach the caches of all.
 */
const REGISTRY = Symbol.for("vigil.data.memoryCaches");
const globalForCaches = globalThis as unknown as { [REGISTRY]?: Map<string, MemoryCache<unknown>> };

function registry(): Map<string, MemoryCache<unknown>> {
  return (globalForCaches[REGISTRY] ??= new Map());
}
