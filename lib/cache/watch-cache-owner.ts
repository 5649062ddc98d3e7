import { forgetCacheOwner, writeCacheOwner, type CacheClaim } from "@/lib/cache/cache-owner";
import { readDatabaseIdentity } from "@/lib/cache/database-identity";
import {
  compareWalLsn,
  findIdentityChange,
  nextCacheOwner,
  type CacheOwner,
} from "@/lib/cache/identity-change";

/** How often a running server asks the database which it is: one short query on its own connection. */
const CHECK_INTERVAL_MS = 10_000;

/**
 * Watches, while a server runs, whether its database is still the one its cache belongs to: a
 * restore from backup or a failover happens under a running server (as an outage: the check
 * simply fails until the database answers again). On a change the record is forgotten, so the
 * next start discards the folder's cached content, and `onChange` is called once with the reason.
 *
 * Why not discard in place: Next.js also keeps cached pages and data in the process's memory, and
 * has no public way to empty it from outside a request. The server has to restart (scripts/serve.ts
 * exits with EXIT_DATABASE_CHANGED; a supervisor such as systemd starts it again).
 */
export function watchCacheOwner(
  claim: CacheClaim,
  options: {
    databaseUrl: string;
    onChange: (reason: string) => void;
    intervalMs?: number;
    /** A second record kept like the folder's: the Redis namespace's (redis-cache-owner.ts). */
    alsoRecord?: { write(owner: CacheOwner): Promise<void>; forget(): Promise<void> };
  },
): { stop(): void } {
  let owner: CacheOwner | null = claim.owner;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function check(): Promise<void> {
    let identity;
    try {
      identity = await readDatabaseIdentity(options.databaseUrl);
    } catch {
      // Unreachable or refusing: nothing is known; the outage is reported where requests fail.
      return;
    }
    const reason = findIdentityChange(owner, identity);
    if (reason) {
      stopped = true;
      await forgetCacheOwner(claim.root);
      // Forgotten, not emptied here: whichever instance starts next finds no record and empties
      // the namespace; Redis unreachable now must not keep this server from stopping.
      await options.alsoRecord?.forget().catch(() => {});
      options.onChange(reason);
      return;
    }
    const next = nextCacheOwner(owner, identity);
    // The record keeps the highest log position seen, so a restore while stopped is caught too.
    if (!owner || compareWalLsn(next.highestWalLsn, owner.highestWalLsn) !== 0) {
      await writeCacheOwner(claim.root, next);
      await options.alsoRecord?.write(next).catch(() => {});
    }
    owner = next;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      check()
        .catch((error: unknown) => console.error("[vigil] Database identity check failed:", error))
        .finally(schedule);
    }, options.intervalMs ?? CHECK_INTERVAL_MS);
    // Never what keeps the process alive.
    timer.unref();
  }
  schedule();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** Exit code of a server that stopped because its database changed (EX_TEMPFAIL: start it again). */
export const EXIT_DATABASE_CHANGED = 75;
