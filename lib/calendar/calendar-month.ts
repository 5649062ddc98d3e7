import "server-only";
import type { YearMonth } from "@/lib/calendar/anniversaries";
import { getCalendarMonthRecord, type CalendarEntryKind } from "@/lib/calendar/calendar-month-read";
import { resolveLocalizedTextOr, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/** One line of the calendar for one locale. */
export interface CalendarEntryDto {
  kind: CalendarEntryKind;
  /** YYYY-MM-DD. */
  date: string;
  count: number;
  /** Stable across renames and months: the prisoner's id (for the feed's UIDs). */
  prisonerId: string;
  slug: string;
  name: ResolvedText;
}

export interface CalendarMonthDto {
  month: YearMonth;
  entries: CalendarEntryDto[];
  truncated: boolean;
}

/** The month's calendar in the locale (names with the English fallback); see calendar-month-read.ts. */
export async function getCalendarMonth(
  target: YearMonth,
  locale: Locale,
): Promise<CalendarMonthDto> {
  const record = await getCalendarMonthRecord(target);
  return {
    month: target,
    truncated: record.truncated,
    entries: record.entries.map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      count: entry.count,
      prisonerId: entry.prisonerId,
      slug: entry.slug,
      name: resolveLocalizedTextOr(entry.name, locale, entry.slug),
    })),
  };
}
