/**
 * The one paging shape of the dashboard's lists. Pure on purpose (no database), so that the
 * pagination component can read the same types and numbers as the lib/data list that made them.
 *
 * Two kinds of list share it:
 * - numbered pages (`?page=3`), for lists that stay small enough for an OFFSET to be cheap (the
 *   review queue, the inbox, reference lists): `pageWindow` clamps the page and gives skip/take;
 * - keyset pages (`?after=<id>` / `?before=<id>` / `?last=1`), for lists that grow to 100,000
 *   rows (prisoners, the audit log), where an OFFSET would read and throw away every row before
 *   the page: `KeysetPage` says where the page sits and which cursors lead on.
 */

/** Rows per page when a list does not say (inside the 20–50 the dashboard uses). */
export const DEFAULT_PAGE_SIZE = 25;

/** What every list result carries, for "41–60 of 2,968" and the page links. */
export interface PageSlice {
  /** Rows in the whole list (a lower bound when `totalIsLowerBound`). */
  total: number;
  /** 1-based page shown. */
  page: number;
  pageCount: number;
  pageSize: number;
}

/** The page to show (clamped to the pages that exist) and the rows it covers. */
export function pageWindow(
  total: number,
  requested: number | undefined,
  pageSize: number = DEFAULT_PAGE_SIZE,
): PageSlice & { skip: number; take: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested ?? 1) || 1), pageCount);
  return { total, page, pageCount, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

/** The first and last row numbers (1-based) a page shows: 41 and 60 for page 3 of 20 a page. */
export function pageRange({ total, page, pageSize }: Omit<PageSlice, "pageCount">): {
  from: number;
  to: number;
} {
  if (total === 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from, to: Math.min(total, from + pageSize - 1) };
}

/** Where a keyset page is asked to start: after a row, before a row, the first or the last page. */
export type KeysetRequest =
  | { kind: "first" }
  | { kind: "last" }
  | { kind: "after"; id: string }
  | { kind: "before"; id: string };

/** A keyset page: its rows' position in the list and the cursors of its neighbours. */
export interface KeysetPage {
  total: number;
  /** 1-based number of the page's first row in the list (0 when the list is empty). */
  from: number;
  to: number;
  /** Cursor of the next page (the last row's id), null on the last page. */
  nextAfter: string | null;
  /** Cursor of the previous page (the first row's id), null on the first page. */
  previousBefore: string | null;
}

/** Ids are uuids or decimal numbers: anything else in a cursor is ignored, not queried. */
const CURSOR_PATTERN = /^[0-9A-Za-z-]{1,64}$/;

/** Reads `after`, `before` and `last` from a list's query (first one wins; malformed = first page). */
export function parseKeysetRequest(query: {
  after?: string | null;
  before?: string | null;
  last?: string | null;
}): KeysetRequest {
  if (query.after && CURSOR_PATTERN.test(query.after)) return { kind: "after", id: query.after };
  if (query.before && CURSOR_PATTERN.test(query.before)) {
    return { kind: "before", id: query.before };
  }
  if (query.last === "1") return { kind: "last" };
  return { kind: "first" };
}
