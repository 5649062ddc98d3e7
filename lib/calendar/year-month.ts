import type { YearMonth } from "@/lib/calendar/anniversaries";

/**
 * The calendar's month in its address ("2026-12"): parsed strictly, so that one page exists per
 * month and no other spelling ("2026-1", "2026-12x") makes a second cached copy of it.
 */

/** Months the calendar serves: enough for any living person's dates, small enough to cache. */
export const CALENDAR_YEARS = { first: 1900, last: 2200 } as const;

/** At most this many entries of each kind per month: bounded pages, and bounded feeds. */
export const CALENDAR_KIND_LIMIT = 1000;

export function parseYearMonth(value: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) return null;
  return { year, month };
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month of a day, in UTC (the calendar's days are UTC calendar days, as stored). */
export function yearMonthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Whether the month is within CALENDAR_YEARS (the previous/next links stop at the ends). */
export function isServedMonth({ year }: YearMonth): boolean {
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}
