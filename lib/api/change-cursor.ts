/**
 * The opaque `since` cursor of the change feed (GET /api/v1/changes): the last entry a client has
 * read. Clients pass back the `nextCursor` of the previous answer and never build one.
 *
 * Versioned ("c1"), it carries the entry's id (the feed's order: ids become visible in id order,
 * lib/content-store/record-public-change.ts) and its time, in whole seconds. The time says whether
 * the entries after it may have been pruned: every entry is kept CHANGE_FEED_RETENTION_DAYS, and
 * entries' times never decrease with their ids, so a cursor younger than that has lost nothing,
 * and an older one is refused with 410 (start over from a dataset) even before the prune has run.
 */
const VERSION = "c1";

/** Every entry is kept this long at least (the retention job deletes older ones). */
export const CHANGE_FEED_RETENTION_DAYS = 90;

export interface ChangeCursor {
  /** The last entry read; 0 before the first. */
  id: bigint;
  /** Its time, in seconds since the epoch (rounded down). */
  atSeconds: number;
}

/** The cursor of a reader that has read nothing yet: the feed from its start. */
export const FEED_START: ChangeCursor = { id: 0n, atSeconds: 0 };

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(`${VERSION}:${cursor.id}:${cursor.atSeconds}`, "utf8").toString("base64url");
}

/** The cursor, or null when it is not one this feed made. */
export function decodeChangeCursor(value: string): ChangeCursor | null {
  if (value.length > 64 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const text = Buffer.from(value, "base64url").toString("utf8");
  const match = /^c1:(0|[1-9]\d{0,18}):(0|[1-9]\d{0,11})$/.exec(text);
  if (!match) return null;
  const id = BigInt(match[1]!);
  // A bigserial never passes 2^63 - 1.
  if (id > 9_223_372_036_854_775_807n) return null;
  return { id, atSeconds: Number(match[2]) };
}

/** Whether entries after this cursor may have been pruned: the client must start over. */
export function isExpiredCursor(cursor: ChangeCursor, now: Date): boolean {
  if (cursor.id === 0n) return false;
  const horizon = now.getTime() / 1000 - CHANGE_FEED_RETENTION_DAYS * 86_400;
  return cursor.atSeconds < horizon;
}
