import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { richDateValues } from "@/components/ui/date-text";
import type { CalendarDate } from "@/lib/data/calendar-date";

/**
 * A month-precise date inside a sentence ("since September 2023"). Intl writes a month without
 * a day in the standalone (nominative) form, which Russian cannot use after a preposition
 * ("с сентябрь" instead of "с сентября"); the month of a full date is in the right case, so the
 * date is formatted with a day and the day is left out.
 */
export function formatMonthInSentence(iso: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).formatToParts(new Date(`${iso}T00:00:00Z`));
  const dayIndex = parts.findIndex((part) => part.type === "day");
  const kept = parts.filter(
    (_, index) =>
      index !== dayIndex && !(index === dayIndex + 1 && parts[index]!.type === "literal"),
  );
  return kept
    .map((part) => part.value)
    .join("")
    .replace(/^[\s,]+|[\s,]+$/g, "");
}

/** Like richDateValues (date-text.tsx), with month-precise dates in their in-sentence form. */
export async function richDateInSentenceValues(
  date: CalendarDate,
): Promise<{ date: string; time: (chunks: ReactNode) => ReactNode }> {
  const values = await richDateValues(date);
  if (date.precision !== "MONTH") return values;
  return { ...values, date: formatMonthInSentence(date.iso, await getLocale()) };
}
