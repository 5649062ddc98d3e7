/**
 * The opaque `cursor` of the open-data API's lists: where the next page starts. Clients pass back
 * the `nextCursor` of the previous answer and never build one; so the encoding may change (to a
 * keyset position for the plain listing) without breaking anybody.
 *
 * Today it is the offset into the list in the order asked for, versioned: a search is ordered by
 * rank (how well the name matches), which has no stable key to continue from, so it pages by
 * offset, as the directory's own pages do; the plain listing does the same for now.
 */
const VERSION = "o1";

/** The largest offset a cursor may carry: past 100,000 profiles with room to spare. */
export const MAX_CURSOR_OFFSET = 10_000_000;

export function encodeListCursor(offset: number): string {
  return Buffer.from(`${VERSION}:${offset}`, "utf8").toString("base64url");
}

/** The offset of a cursor, or null when it is not one this API made. */
export function decodeListCursor(cursor: string): number | null {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = /^o1:(0|[1-9]\d{0,7})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const offset = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(offset) && offset <= MAX_CURSOR_OFFSET ? offset : null;
}
