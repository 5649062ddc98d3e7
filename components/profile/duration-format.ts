/**
 * Durations in words for the profile ("7 years, 10 months"; "7 лет 10 месяцев"), with the
 * grammar of each locale coming from Intl (plural forms of units, list separators), so no
 * message has to spell out plural rules for years, months and days.
 */
export interface DurationParts {
  years: number;
  months: number;
  days: number;
}

function unit(locale: string, name: "year" | "month" | "day", value: number): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(
    value,
  );
}

/**
 * The two largest units that are not zero (years and months, or months and days, or days): a
 * reader wants "3 years, 2 months", not "3 years, 2 months, 11 days". `smallest` limits the
 * units to what the dates support.
 */
export function formatDuration(
  locale: string,
  parts: DurationParts,
  smallest: "year" | "month" | "day" = "day",
): string {
  const candidates: ["year" | "month" | "day", number][] = [
    ["year", parts.years],
    ["month", smallest === "year" ? 0 : parts.months],
    ["day", smallest === "day" ? parts.days : 0],
  ];
  const shown = candidates.filter(([, value]) => value > 0).slice(0, 2);
  // Keep adjacent units only: "3 years, 11 days" would be misleading.
  if (shown.length === 2 && shown[0]![0] === "year" && shown[1]![0] === "day") shown.pop();
  if (shown.length === 0) return unit(locale, smallest, 0);
  return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(
    shown.map(([name, value]) => unit(locale, name, value)),
  );
}

/** A sentence length stored in months (90 → "7 years, 6 months"). */
export function formatMonths(locale: string, totalMonths: number): string {
  return formatDuration(
    locale,
    { years: Math.floor(totalMonths / 12), months: totalMonths % 12, days: 0 },
    "month",
  );
}
