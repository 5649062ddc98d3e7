import type { DatePrecision } from "@/lib/generated/prisma/enums";

/**
 * The dates the public calendar shows, computed from ISO days (YYYY-MM-DD, as `@db.Date` columns
 * are read) without time zones: every date here is a calendar day, never an instant.
 *
 * - A **birthday** falls on the same month and day each year. A person born on 29 February has
 *   it on 28 February in common years: the last day of February, as "a month after 31 January"
 *   is counted on profiles (components/profile/time-in-detention.ts), so that it stays in the
 *   month of birth (1 March would move it into another month's list and feed).
 * - A **detention anniversary** is each full year of detention (the same rule for 29 February)
 *   and each 1,000 days (1,000, 2,000 …), counted from a day-precise start only: a start known to
 *   the month or year has no day to mark, and a guessed one would be wrong for someone.
 */

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export type Milestone =
  { kind: "years"; count: number; date: string } | { kind: "days"; count: number; date: string };

/** The day-count milestones: every multiple of this many days. */
export const DAY_MILESTONE_STEP = 1000;

const DAY_MS = 86_400_000;

function parseIsoDay(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO day on which a yearly date (birthday, anniversary) falls in `year`; see above. */
export function yearlyDateIn(originIso: string, year: number): string {
  const origin = parseIsoDay(originIso);
  const day = Math.min(origin.day, daysInMonth({ year, month: origin.month }));
  return isoDay(year, origin.month, day);
}

/** The birthday in the month, or null when the person was not born in that month of the year. */
export function birthdayInMonth(
  birthIso: string,
  { year, month }: YearMonth,
): { date: string; age: number } | null {
  const birth = parseIsoDay(birthIso);
  if (birth.month !== month || year <= birth.year) return null;
  return { date: yearlyDateIn(birthIso, year), age: year - birth.year };
}

function dayNumber(iso: string): number {
  const { year, month, day } = parseIsoDay(iso);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function isoOfDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The detention milestones that fall in the month: the yearly anniversary (from the first year)
 * and every 1,000th day. None for a start that is not precise to the day.
 */
export function detentionMilestonesInMonth(
  startIso: string,
  precision: DatePrecision,
  target: YearMonth,
): Milestone[] {
  if (precision !== "DAY") return [];
  const milestones: Milestone[] = [];
  const start = parseIsoDay(startIso);
  if (start.month === target.month && target.year > start.year) {
    milestones.push({
      kind: "years",
      count: target.year - start.year,
      date: yearlyDateIn(startIso, target.year),
    });
  }
  const startDay = dayNumber(startIso);
  const firstDay = dayNumber(isoDay(target.year, target.month, 1));
  const lastDay = firstDay + daysInMonth(target) - 1;
  const firstStep = Math.max(1, Math.ceil((firstDay - startDay) / DAY_MILESTONE_STEP));
  for (let step = firstStep; startDay + step * DAY_MILESTONE_STEP <= lastDay; step += 1) {
    const count = step * DAY_MILESTONE_STEP;
    milestones.push({ kind: "days", count, date: isoOfDayNumber(startDay + count) });
  }
  return milestones.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The starts whose 1,000-day milestones fall in the month, as inclusive ISO ranges, for the
 * database query: a month holds at most one multiple of 1,000 days per start, so each step `k`
 * selects the starts between the month's first and last day minus `k × 1,000` days. Steps go back
 * as far as `earliestYear`.
 */
export function dayMilestoneStartRanges(
  target: YearMonth,
  earliestYear: number,
): { from: string; to: string; count: number }[] {
  const firstDay = dayNumber(isoDay(target.year, target.month, 1));
  const lastDay = firstDay + daysInMonth(target) - 1;
  const earliest = dayNumber(isoDay(earliestYear, 1, 1));
  const ranges: { from: string; to: string; count: number }[] = [];
  for (let count = DAY_MILESTONE_STEP; lastDay - count >= earliest; count += DAY_MILESTONE_STEP) {
    ranges.push({
      from: isoOfDayNumber(firstDay - count),
      to: isoOfDayNumber(lastDay - count),
      count,
    });
  }
  return ranges;
}
