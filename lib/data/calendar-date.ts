import type { DatePrecision } from "@/lib/generated/prisma/client";

/**
 * A calendar date as public DTOs carry it: the ISO day plus how much of it is known ("May 2021"
 * is stored as 2021-05-01 with MONTH precision). Formatting happens in the UI, per locale.
 */
export interface CalendarDate {
  /** YYYY-MM-DD (UTC, as stored in a `@db.Date` column). */
  iso: string;
  precision: DatePrecision;
}

export function toCalendarDate(
  date: Date | null,
  precision: DatePrecision = "DAY",
): CalendarDate | null {
  return date ? { iso: date.toISOString().slice(0, 10), precision } : null;
}
