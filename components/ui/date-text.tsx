import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";
import type { CalendarDate } from "@/lib/data/calendar-date";

const formats = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
} as const;

/** The machine-readable value of a <time>, as precise as the date is known. */
function dateTimeAttribute(date: CalendarDate): string {
  return date.iso.slice(0, { DAY: 10, MONTH: 7, YEAR: 4 }[date.precision]);
}

/** Formats a calendar date in the page's locale, only as precisely as it is known. */
export async function formatCalendarDate(date: CalendarDate): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(`${date.iso}T00:00:00Z`), formats[date.precision]);
}

/** A <time> element showing the formatted date. */
export async function DateText({ date }: { date: CalendarDate }) {
  return <time dateTime={dateTimeAttribute(date)}>{await formatCalendarDate(date)}</time>;
}

/**
 * Values for a message such as "since <time>{date}</time>" used with `t.rich`: the translator
 * places the date in the sentence, and the date still becomes a <time> element.
 */
export async function richDateValues(date: CalendarDate) {
  return {
    date: await formatCalendarDate(date),
    time: (chunks: ReactNode) => <time dateTime={dateTimeAttribute(date)}>{chunks}</time>,
  };
}
