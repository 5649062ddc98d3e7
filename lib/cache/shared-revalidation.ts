/**
 * Revalidation outside a request. Next.js's `revalidateTag` needs a request (or a server action)
 * and throws elsewhere: a script, a scheduled job, a refresh after answering. With the cache in
 * Redis such a revalidation can still reach every instance: the Redis cache registers here how to
 * reach it (lib/cache/redis-cache-store.ts), in this process only, and `revalidateContent`
 * (lib/data/cache.ts) uses it when Next.js cannot.
 *
 * On globalThis: the app's bundles and the server's own modules (scripts/serve.ts, the cache
 * handler Next.js loads) each have a copy of this module, and all must see one registration.
 */
type RevalidateTags = (tags: string[]) => Promise<void>;

const REVALIDATOR = Symbol.for("vigil.cache.sharedRevalidator");
const PENDING = Symbol.for("vigil.cache.sharedRevalidationsPending");
const globalForRevalidation = globalThis as unknown as {
  [REVALIDATOR]?: RevalidateTags;
  [PENDING]?: Set<Promise<boolean>>;
};

export function registerSharedRevalidation(revalidate: RevalidateTags): void {
  globalForRevalidation[REVALIDATOR] = revalidate;
}

/**
 * Revalidates `tags` in the shared cache when this process has one; false when it has none (the
 * local cache of a single server cannot be reached outside a request, as before).
 */
export function revalidateSharedCache(tags: string[]): boolean {
  const revalidate = globalForRevalidation[REVALIDATOR];
  if (!revalidate) return false;
  const pending = (globalForRevalidation[PENDING] ??= new Set());
  const done: Promise<boolean> = revalidate(tags)
    .then(() => true)
    .catch((error: unknown) => {
      console.error("[vigil] Shared cache revalidation failed:", error);
      return false;
    })
    .finally(() => pending.delete(done));
  pending.add(done);
  return true;
}

/**
 * Waits for every revalidation started here (scripts, before exiting): true when all reached
 * Redis, false when one failed (it is retried in the background while the process lives).
 */
export async function settleSharedRevalidations(): Promise<boolean> {
  const outcomes = await Promise.all([...(globalForRevalidation[PENDING] ?? [])]);
  return outcomes.every(Boolean);
}
