/**
 * When and how much the dashboard home's blocks look at: the time windows of coming dates and
 * stale profiles, and the length of each list. `now` and `limit` are options so that tests can
 * place the windows; pages use the defaults.
 */

export interface AttentionOptions {
  now?: Date;
  /** How many items each block lists. */
  limit?: number;
  /**
   * How many items to pass over: the block's full, paginated list (/dashboard/attention/<block>)
   * reads later pages through the same function as the home page's first few.
   */
  offset?: number;
}

/** How many items a block lists when the caller does not say. */
export const ATTENTION_LIST_LIMIT = 5;

/** Rows per page of a block's full list. */
export const ATTENTION_PAGE_SIZE = 25;

/** How far ahead release and court dates are shown, in days (both ends included). */
export const UPCOMING_WINDOW_DAYS = 30;
/** A published profile neither changed nor reviewed for this many months is listed as stale. */
export const STALE_AFTER_MONTHS = 6;

const DAY_MS = 86_400_000;

/** Midnight UTC of `now`'s day: `@db.Date` columns compare against calendar days. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** `months` calendar months before `date`, clamped to the end of a shorter month (31 Aug → 28/29 Feb). */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(date);
  const day = date.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The upcoming window [today, today + 30 days] as `@db.Date` bounds. */
export function upcomingWindow(now: Date): { gte: Date; lte: Date } {
  const today = startOfUtcDay(now);
  return { gte: today, lte: new Date(today.getTime() + UPCOMING_WINDOW_DAYS * DAY_MS) };
}
