import {
  decodeChangeCursor,
  FEED_START,
  isExpiredCursor,
  type ChangeCursor,
} from "./change-cursor";

/**
 * The query of `GET /api/v1/changes`: `since` (a nextCursor; none reads from the start), `limit`
 * (1 to 500), and nothing else but the `locale` every route accepts. A cursor older than the retention is "expired" (410): the entries
 * after it may be gone, so the client must start over from a dataset.
 */
export const CHANGE_FEED_DEFAULT_LIMIT = 100;
export const CHANGE_FEED_MAX_LIMIT = 500;

export type ChangeFeedQuery =
  | { ok: true; cursor: ChangeCursor; limit: number }
  | { ok: false; status: 400 | 410; error: string };

/** `locale` is every API route's (api-route.ts); the feed has nothing localised to apply it to. */
const PARAMETERS = new Set(["since", "limit", "locale"]);

export function parseChangeFeedQuery(params: URLSearchParams, now: Date): ChangeFeedQuery {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!PARAMETERS.has(name)) return refused(400, `Unknown parameter “${name.slice(0, 40)}”.`);
    if (seen.has(name)) return refused(400, `The parameter “${name}” is given twice.`);
    seen.add(name);
  }
  const limitText = params.get("limit");
  const limit = limitText === null ? CHANGE_FEED_DEFAULT_LIMIT : parseLimit(limitText);
  if (limit === null) {
    return refused(400, `limit must be a whole number from 1 to ${CHANGE_FEED_MAX_LIMIT}.`);
  }
  const since = params.get("since");
  const cursor = since === null || since === "" ? FEED_START : decodeChangeCursor(since);
  if (cursor === null) return refused(400, "since must be the nextCursor of an earlier answer.");
  if (isExpiredCursor(cursor, now)) {
    return refused(
      410,
      "This cursor is older than the feed keeps its entries: start over from a dataset " +
        "(see /en/data), then read the feed without `since`.",
    );
  }
  return { ok: true, cursor, limit };
}

function refused(status: 400 | 410, error: string): ChangeFeedQuery {
  return { ok: false, status, error };
}

function parseLimit(value: string): number | null {
  if (!/^[1-9]\d{0,2}$/.test(value)) return null;
  const limit = Number(value);
  return limit <= CHANGE_FEED_MAX_LIMIT ? limit : null;
}
