import "server-only";
import { COURT_EVENT_TYPES } from "@/lib/data/attention-dates";
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LetterArrival } from "@/lib/generated/prisma/enums";
import { effectiveLetterArrival } from "./letter-arrival";
import type { LetterCandidate } from "./letter-suggestion";
import { monthsBack } from "./letters-sent-month";
import { LETTERS_SENT_ALL_TAG } from "./letters-sent-tag";

/**
 * The people one can write to today, for "Who needs a letter": published, held now (pre-trial
 * or serving a sentence) in a facility whose postal address their profile may show, with the
 * figures the weighting reads. Those whose letters do not arrive are left out here already; the
 * weighting leaves them out again (lib/letters-to-prisoners/letter-suggestion.ts).
 */
export interface LetterCandidateRecord extends LetterCandidate {
  name: unknown;
  summary: unknown;
  facilityRegion: unknown;
  countryName: unknown;
}

/** "Recently": this month and the two before it. */
const RECENT_MONTHS = 2;
/** A bound for very large collections; the weighting favours the first ones anyway. */
const MAX_CANDIDATES = 2000;

export const letterCandidateWhere = {
  ...publishedPrisonerWhere,
  status: { in: ["PRETRIAL_DETENTION", "IMPRISONED"] },
  detentions: {
    some: { endedOn: null, addressPublic: true, facility: { postalAddress: { not: null } } },
  },
} as const satisfies Prisma.PrisonerWhereInput;

const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

async function readLetterCandidates(today: string): Promise<LetterCandidateRecord[]> {
  const now = new Date(`${today}T00:00:00Z`);
  const rows = await prisma.prisoner.findMany({
    where: letterCandidateWhere,
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: MAX_CANDIDATES,
    select: {
      slug: true,
      name: true,
      summary: true,
      birthDate: true,
      redactedFields: true,
      lettersArrive: true,
      lettersCheckedOn: true,
      country: { select: { name: true } },
      detentions: {
        where: { endedOn: null },
        orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: 1,
        select: {
          facility: { select: { region: true, lettersArrive: true, lettersCheckedOn: true } },
        },
      },
      lettersSent: { where: { month: { gte: monthsBack(now, RECENT_MONTHS) } } },
      events: {
        where: {
          event: { state: "PUBLISHED", type: { in: [...COURT_EVENT_TYPES] }, date: { gte: now } },
        },
        select: { event: { select: { date: true } } },
      },
    },
  });
  return rows.flatMap((row) => {
    const facility = row.detentions[0]?.facility ?? null;
    const flag = (arrival: LetterArrival, checkedOn: Date | null) => ({
      arrival,
      checkedOn: iso(checkedOn),
    });
    const arrival = effectiveLetterArrival(
      flag(row.lettersArrive, row.lettersCheckedOn),
      facility ? flag(facility.lettersArrive, facility.lettersCheckedOn) : null,
    ).arrival;
    // Redactions are checked here, not in SQL: an array column may be NULL, and NOT (NULL && …)
    // would leave the person out silently.
    const hidden = (field: string) => (row.redactedFields ?? []).includes(field);
    if (arrival === "DO_NOT_ARRIVE" || hidden("detentions") || hidden("facilityAddress")) return [];
    const birthday = row.birthDate && !hidden("birthDate") ? iso(row.birthDate)!.slice(5) : null;
    const courtDates = hidden("events")
      ? []
      : row.events.map(({ event }) => iso(event.date)!).sort();
    return [
      {
        slug: row.slug,
        arrival,
        recentLetters: row.lettersSent.reduce((sum, month) => sum + month.count, 0),
        birthday,
        nextCourtDate: courtDates[0] ?? null,
        name: row.name,
        summary: row.summary,
        facilityRegion: facility?.region ?? null,
        countryName: row.country.name,
      },
    ];
  });
}

/** Cached per day: the birthdays and court dates count from `today` (an ISO date). */
export const getLetterCandidates = cachedRead("letter-candidates-1", readLetterCandidates, () => [
  cacheTags.prisoners,
  cacheTags.reference,
  LETTERS_SENT_ALL_TAG,
]);
