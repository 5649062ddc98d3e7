/**
 * The opaque `cursor` of the open-data API's lists: where the next page starts. Clients pass back
 * the `nextCursor` of the previous answer and never build one; so the encoding may change without
 * breaking anybody. Two versions, told apart by their prefix:
 *
 * - `o1:<offset>`: the offset into the list in the order asked for. A search is ordered by rank
 *   (how well the name matches), which has no stable key to continue from, so it pages by offset,
 *   as the directory's own pages do; so do the short lists (letters, publications, facilities).
 *   The plain prisoner listing made these before keyset cursors and still honours them.
 * - `k1:<slug>`: the plain prisoner listing (no `q`) continues after this published profile, by
 *   the order's key (lib/data/prisoner-directory-keyset.ts), so a deep page costs what the first
 *   does. Only the slug travels, which is public; the sort key stays on the server.
 */
export type ListPosition = { kind: "offset"; offset: number } | { kind: "after"; slug: string };

/** The largest offset a cursor may carry: past 100,000 profiles with room to spare. */
export const MAX_CURSOR_OFFSET = 10_000_000;

export const START_OF_LIST: ListPosition = { kind: "offset", offset: 0 };

export function encodeListCursor(offset: number): string {
  return Buffer.from(`o1:${offset}`, "utf8").toString("base64url");
}

export function encodeKeysetCursor(slug: string): string {
  return Buffer.from(`k1:${slug}`, "utf8").toString("base64url");
}

/** Where a cursor points, or null when it is not one this API made. */
export function decodeListCursor(cursor: string): ListPosition | null {
  if (cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = /^o1:(0|[1-9]\d{0,7})$/.exec(text);
  if (offset) {
    const value = Number(offset[1]);
    return value <= MAX_CURSOR_OFFSET ? { kind: "offset", offset: value } : null;
  }
  const keyset = /^k1:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(text);
  if (keyset && keyset[1]!.length <= 200) return { kind: "after", slug: keyset[1]! };
  return null;
}
