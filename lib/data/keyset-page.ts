import "server-only";
import type { KeysetPage, KeysetRequest } from "@/lib/data/page-window";

/**
 * Reads one keyset page of a list that can grow to 100,000 rows. The list's own module supplies
 * the query (`read`: Prisma's cursor + negative take do the seek in the list's order, so a deep
 * page costs what the first one does), the total, and how many rows come before a row (its
 * position, for "41–60 of …"). A row inserted or deleted between two requests shifts no page:
 * the next page starts right after the last row the reader saw.
 */
export interface KeysetSource<Row> {
  /**
   * Rows in the list's order. `cursor`: start after (take > 0) or before (take < 0) that row,
   * not including it. A negative take reads backwards and returns the rows in list order.
   */
  read: (args: { cursor?: string; take: number }) => Promise<Row[]>;
  total: () => Promise<number>;
  /** How many rows of the list come before `row`. */
  countBefore: (row: Row) => Promise<number>;
  idOf: (row: Row) => string;
}

export async function readKeysetPage<Row>(
  source: KeysetSource<Row>,
  request: KeysetRequest,
  pageSize: number,
): Promise<{ rows: Row[]; page: KeysetPage }> {
  const [total, result] = await Promise.all([source.total(), readRows(source, request, pageSize)]);
  const { rows, hasPrevious, hasNext } = result;
  if (rows.length === 0) {
    return { rows, page: { total, from: 0, to: 0, nextAfter: null, previousBefore: null } };
  }
  const first = rows[0] as Row;
  const before = !hasPrevious
    ? 0
    : !hasNext
      ? Math.max(0, total - rows.length)
      : await source.countBefore(first);
  return {
    rows,
    page: {
      total,
      from: before + 1,
      to: before + rows.length,
      nextAfter: hasNext ? source.idOf(rows.at(-1) as Row) : null,
      previousBefore: hasPrevious ? source.idOf(first) : null,
    },
  };
}

async function readRows<Row>(
  source: KeysetSource<Row>,
  request: KeysetRequest,
  pageSize: number,
): Promise<{ rows: Row[]; hasPrevious: boolean; hasNext: boolean }> {
  // One row more than a page says whether there is another page beyond it.
  const probe = pageSize + 1;
  if (request.kind === "first" || request.kind === "after") {
    const cursor = request.kind === "after" ? request.id : undefined;
    const rows = await source.read({ cursor, take: probe });
    const hasNext = rows.length > pageSize;
    // A cursor past the list's end (its row deleted since, or a stale link) shows the last page;
    // a short last page stays short, so that nothing already seen is shown again.
    if (cursor && rows.length === 0) return readRows(source, { kind: "last" }, pageSize);
    return { rows: rows.slice(0, pageSize), hasPrevious: cursor !== undefined, hasNext };
  }
  const cursor = request.kind === "before" ? request.id : undefined;
  const rows = await source.read({ cursor, take: -probe });
  const hasPrevious = rows.length > pageSize;
  if (cursor && rows.length === 0) return readRows(source, { kind: "first" }, pageSize);
  return { rows: rows.slice(-pageSize), hasPrevious, hasNext: cursor !== undefined };
}
