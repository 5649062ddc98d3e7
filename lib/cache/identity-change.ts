import { describeDatabase, type DatabaseIdentity } from "@/lib/cache/database-identity";

/** What a build folder's cache records about the database its content came from. */
export interface CacheOwner {
  identity: DatabaseIdentity;
  /** The highest write-ahead log position seen on that database (a restore takes it back). */
  highestWalLsn: string;
}

/**
 * Why a cache made on `owner` must not be served on `current`, or null when it may. Not the same
 * database: another system identifier, another oid (or, when the system identifier cannot be
 * read, another server address). The same database taken back in time: another timeline (a
 * point-in-time restore, a promoted standby), or on the same timeline a write-ahead log position
 * below the highest seen (a restore from a base backup). A restore that has since written past
 * the highest position seen, on the same timeline, looks like the same database: the check runs
 * at every start and every few seconds while serving to keep that window small.
 */
export function findIdentityChange(
  owner: CacheOwner | null,
  current: DatabaseIdentity,
): string | null {
  if (!owner) return "nothing records which database it was made with";
  const recorded = owner.identity;
  const sameDatabase =
    recorded.systemIdentifier === current.systemIdentifier &&
    recorded.databaseOid === current.databaseOid &&
    (current.systemIdentifier !== null || recorded.address === current.address);
  if (!sameDatabase) {
    return `it was made with ${describeDatabase(recorded)}, and this server uses ${describeDatabase(current)}`;
  }
  if (recorded.timeline !== current.timeline) {
    return `${describeDatabase(current)} moved from timeline ${recorded.timeline} to ${current.timeline} (restored to a point in time, or a standby promoted)`;
  }
  if (compareWalLsn(current.walLsn, owner.highestWalLsn) < 0) {
    return `${describeDatabase(current)} is back at write-ahead log position ${current.walLsn}, behind ${owner.highestWalLsn} seen before (restored from a backup)`;
  }
  return null;
}

/** The record to keep after a check: the current database, with the highest position seen on it. */
export function nextCacheOwner(owner: CacheOwner | null, current: DatabaseIdentity): CacheOwner {
  const kept = owner && findIdentityChange(owner, current) === null;
  const highestWalLsn =
    kept && compareWalLsn(owner.highestWalLsn, current.walLsn) > 0
      ? owner.highestWalLsn
      : current.walLsn;
  return { identity: current, highestWalLsn };
}

/** Orders two PostgreSQL log positions ("16/B374D848": two 32-bit hexadecimal halves). */
export function compareWalLsn(a: string, b: string): number {
  const difference = walLsnValue(a) - walLsnValue(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function walLsnValue(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  if (!match) throw new Error(`Not a write-ahead log position: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}
