import "server-only";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  birthdayInMonth,
  dayMilestoneStartRanges,
  detentionMilestonesInMonth,
  type YearMonth,
} from "@/lib/calendar/anniversaries";
import { CALENDAR_KIND_LIMIT, CALENDAR_YEARS } from "@/lib/calendar/year-month";

/**
 * One month of the public calendar, read from the database once per month (not per locale) and
 * cached under the `prisoners` tag, which every write to a profile revalidates.
 *
 * Who is in it, and why (privacy first, see lib/calendar/README.md): published profiles of people
 * deprived of liberty now (pre-trial detention, house arrest, imprisonment: the cards and letters
 * the calendar is for reach them there), whose status is not withheld. A birthday needs a birth
 * date that is neither withheld (`birthDate` in redactedFields) nor missing; a detention
 * anniversary needs a day-precise, public date of arrest (the start of "time in detention" on the
 * profile). The public profile shows neither date when withheld, and neither does this.
 */

export type CalendarEntryKind = "birthday" | "detentionYears" | "detentionDays";

/** One line of the calendar, in every locale (the name is the LocalizedText column as stored). */
export interface CalendarEntryRecord {
  kind: CalendarEntryKind;
  /** YYYY-MM-DD. */
  date: string;
  /** The age reached, the years or the days of detention. */
  count: number;
  prisonerId: string;
  slug: string;
  name: unknown;
}

export interface CalendarMonthRecord {
  entries: CalendarEntryRecord[];
  /** True when a kind had more than CALENDAR_KIND_LIMIT entries and was cut. */
  truncated: boolean;
}

interface DateRow {
  id: string;
  slug: string;
  name: unknown;
  day: Date;
}

const detainedStatuses = Prisma.join(DETAINED_STATUSES.map((status) => Prisma.sql`${status}`));

/** The public filter every calendar query starts from (see above). */
const publicDetainedSql = Prisma.sql`
  "state" = 'PUBLISHED'
  AND "status"::text IN (${detainedStatuses})
  AND NOT ('status' = ANY (coalesce("redactedFields", '{}'::text[])))`;

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function readBirthdays(target: YearMonth): Promise<DateRow[]> {
  // EXTRACT(MONTH …) is the expression of the index Prisoner_published_birth_month_idx.
  return prisma.$queryRaw<DateRow[]>`
    SELECT "id", "slug", "name", "birthDate" AS "day"
    FROM "Prisoner"
    WHERE ${publicDetainedSql}
      AND "birthDate" IS NOT NULL
      AND EXTRACT(MONTH FROM "birthDate") = ${target.month}
      AND "birthDate" < make_date(${target.year}, 1, 1)
      AND NOT ('birthDate' = ANY (coalesce("redactedFields", '{}'::text[])))
    ORDER BY EXTRACT(DAY FROM "birthDate"), "sortName", "id"
    LIMIT ${CALENDAR_KIND_LIMIT + 1}`;
}

async function readDetentionStarts(target: YearMonth): Promise<DateRow[]> {
  const ranges = dayMilestoneStartRanges(target, CALENDAR_YEARS.first);
  const dayRanges = ranges.map(
    (range) => Prisma.sql`("arrestedOn" BETWEEN ${range.from}::date AND ${range.to}::date)`,
  );
  const monthStart = `${target.year}-${String(target.month).padStart(2, "0")}-01`;
  const yearly = Prisma.sql`(EXTRACT(MONTH FROM "arrestedOn") = ${target.month}
    AND "arrestedOn" < make_date(${target.year}, 1, 1))`;
  const anyMilestone = Prisma.join([yearly, ...dayRanges], " OR ");
  return prisma.$queryRaw<DateRow[]>`
    SELECT "id", "slug", "name", "arrestedOn" AS "day"
    FROM "Prisoner"
    WHERE ${publicDetainedSql}
      AND "arrestedOn" IS NOT NULL
      AND "arrestedOnPrecision" = 'DAY'
      AND "arrestedOn" < ${monthStart}::date
      AND NOT ('arrestedOn' = ANY (coalesce("redactedFields", '{}'::text[])))
      AND (${anyMilestone})
    ORDER BY "arrestedOn" DESC, "sortName", "id"
    LIMIT ${CALENDAR_KIND_LIMIT + 1}`;
}

async function readCalendarMonth(year: number, month: number): Promise<CalendarMonthRecord> {
  const target = { year, month };
  const [birthRows, startRows] = await Promise.all([
    readBirthdays(target),
    readDetentionStarts(target),
  ]);
  const entries: CalendarEntryRecord[] = [];
  for (const row of birthRows.slice(0, CALENDAR_KIND_LIMIT)) {
    const birthday = birthdayInMonth(isoOf(row.day), target);
    if (!birthday) continue;
    entries.push({
      kind: "birthday",
      date: birthday.date,
      count: birthday.age,
      prisonerId: row.id,
      slug: row.slug,
      name: row.name,
    });
  }
  for (const row of startRows.slice(0, CALENDAR_KIND_LIMIT)) {
    for (const milestone of detentionMilestonesInMonth(isoOf(row.day), "DAY", target)) {
      entries.push({
        kind: milestone.kind === "years" ? "detentionYears" : "detentionDays",
        date: milestone.date,
        count: milestone.count,
        prisonerId: row.id,
        slug: row.slug,
        name: row.name,
      });
    }
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  return {
    entries,
    truncated: birthRows.length > CALENDAR_KIND_LIMIT || startRows.length > CALENDAR_KIND_LIMIT,
  };
}

// "-1": the record's shape (the data cache outlives builds, lib/cache/README.md).
const cachedCalendarMonth = cachedRead("calendar-month-1", readCalendarMonth, () => [
  cacheTags.prisoners,
]);

/** The month's birthdays and detention anniversaries, in date order; see above. */
export async function getCalendarMonthRecord(target: YearMonth): Promise<CalendarMonthRecord> {
  return cachedCalendarMonth(target.year, target.month);
}
