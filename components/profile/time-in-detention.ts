import type { DatePrecision, PrisonerStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/data/calendar-date";
import { isDetainedStatus } from "@/lib/content-model/prisoner-status";

/**
 * "Time in detention" on a profile, computed when the page is rendered (never stored, so it cannot
 * go stale in the database; the cached page is re-rendered at least hourly, see the page).
 *
 * Definition:
 * - it starts on the date of arrest (Prisoner.arrestedOn);
 * - while the status deprives the person of liberty (pre-trial detention, house arrest,
 *   imprisoned) it runs until today and is "ongoing";
 * - once the person is released (RELEASED or RELEASED_ON_PAROLE) it ends on the date that status
 *   took effect (Prisoner.statusSince);
 * - in any other case (no arrest date, a withheld status, a status such as "in exile" whose date
 *   says nothing about the end of detention) it is unknown and not shown, rather than guessed.
 *
 * It is as precise as the dates: with a day-precise arrest it counts years, months and days; with
 * only the month known, years and months; with only the year, years; the latter two are marked
 * approximate ("about 3 years").
 */

const RELEASED: readonly PrisonerStatus[] = ["RELEASED", "RELEASED_ON_PAROLE"];

export interface TimeInDetention {
  years: number;
  months: number;
  days: number;
  /** Total whole days, for the machine-readable duration. */
  totalDays: number;
  /** The finest unit that the dates support. */
  precision: DatePrecision;
  /** False when only the month or year of a date is known. */
  exact: boolean;
  /** Still in detention: counted to `end`, which is today. */
  ongoing: boolean;
  /** YYYY-MM-DD of the last day counted (today when ongoing). */
  end: string;
}

const coarseness: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

function parseIso(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/**
 * Calendar difference between two ISO days as a person counts it: whole months first (a month
 * after 31 January is the last day of February), then the remaining days.
 */
function calendarDifference(startIso: string, endIso: string) {
  const start = parseIso(startIso);
  const end = parseIso(endIso);
  const addMonths = (months: number) => {
    const year = start.year + Math.floor((start.month - 1 + months) / 12);
    const month = ((start.month - 1 + months) % 12) + 1;
    return utcDay(year, month, Math.min(start.day, daysInMonth(year, month)));
  };
  const endTime = utcDay(end.year, end.month, end.day);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (addMonths(months) > endTime) months -= 1;
  const days = Math.round((endTime - addMonths(months)) / 86_400_000);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

export function computeTimeInDetention(
  profile: {
    arrestedOn: CalendarDate | null;
    status: PrisonerStatus | null;
    statusSince: CalendarDate | null;
  },
  today: Date,
): TimeInDetention | null {
  const { arrestedOn, status, statusSince } = profile;
  if (!arrestedOn || !status) return null;

  let end: CalendarDate;
  let ongoing: boolean;
  if (isDetainedStatus(status)) {
    end = { iso: today.toISOString().slice(0, 10), precision: "DAY" };
    ongoing = true;
  } else if (RELEASED.includes(status) && statusSince) {
    end = statusSince;
    ongoing = false;
  } else {
    return null;
  }
  if (end.iso < arrestedOn.iso) return null;

  const precision =
    coarseness[arrestedOn.precision] >= coarseness[end.precision]
      ? arrestedOn.precision
      : end.precision;
  const difference = calendarDifference(arrestedOn.iso, end.iso);
  const totalDays = Math.round(
    (Date.parse(`${end.iso}T00:00:00Z`) - Date.parse(`${arrestedOn.iso}T00:00:00Z`)) / 86_400_000,
  );

  if (precision === "YEAR") {
    return {
      years: parseIso(end.iso).year - parseIso(arrestedOn.iso).year,
      months: 0,
      days: 0,
      totalDays,
      precision,
      exact: false,
      ongoing,
      end: end.iso,
    };
  }
  if (precision === "MONTH") {
    // Count from the first of each month: only the months are known.
    const start = parseIso(arrestedOn.iso);
    const last = parseIso(end.iso);
    const months = (last.year - start.year) * 12 + (last.month - start.month);
    return {
      years: Math.floor(months / 12),
      months: months % 12,
      days: 0,
      totalDays,
      precision,
      exact: false,
      ongoing,
      end: end.iso,
    };
  }
  return { ...difference, totalDays, precision, exact: true, ongoing, end: end.iso };
}
