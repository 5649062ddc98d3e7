import type { LetterArrival } from "@/lib/generated/prisma/enums";

/**
 * "Who needs a letter today": a weighted draw among the prisoners one can write to, so that
 * attention spreads beyond the famous names. Pure; the randomness is passed in, so that the tests
 * can fix it.
 *
 * weight = 1 / (1 + letters sent in the recent window)
 *        × 3 when the public birthday is within BIRTHDAY_DAYS (a card should arrive on the day)
 *        × 2 when a court date is within HEARING_DAYS (support before a hearing matters)
 *        × ½ when nobody knows whether letters arrive
 * and 0, never drawn, when letters do not arrive.
 */

export const BIRTHDAY_DAYS = 21;
export const HEARING_DAYS = 14;
const BIRTHDAY_FACTOR = 3;
const HEARING_FACTOR = 2;
const UNKNOWN_FACTOR = 0.5;

export interface LetterCandidate {
  slug: string;
  arrival: LetterArrival;
  /** "I sent a letter" clicks in the recent window (the last three months). */
  recentLetters: number;
  /** Month and day of the birthday ("03-19"), only where the full birth date is public. */
  birthday: string | null;
  /** The next court date (ISO date), today or later, when one is published. */
  nextCourtDate: string | null;
}

export interface WeightedCandidate extends LetterCandidate {
  weight: number;
  birthdaySoon: boolean;
  courtDateSoon: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Days from `today` (ISO date) to the next occurrence of a month-day ("02-29" falls on 1 March). */
export function daysUntilBirthday(birthday: string, today: string): number {
  const year = Number(today.slice(0, 4));
  const start = utcDay(today);
  for (const candidateYear of [year, year + 1]) {
    const month = Number(birthday.slice(0, 2)) - 1;
    const day = Number(birthday.slice(3, 5));
    const date = Date.UTC(candidateYear, month, day);
    if (date >= start) return Math.round((date - start) / DAY_MS);
  }
  return 366;
}

export function weighCandidate(candidate: LetterCandidate, today: string): WeightedCandidate {
  const birthdaySoon =
    candidate.birthday !== null && daysUntilBirthday(candidate.birthday, today) <= BIRTHDAY_DAYS;
  const courtDays =
    candidate.nextCourtDate === null
      ? null
      : Math.round((utcDay(candidate.nextCourtDate) - utcDay(today)) / DAY_MS);
  const courtDateSoon = courtDays !== null && courtDays >= 0 && courtDays <= HEARING_DAYS;
  let weight = 0;
  if (candidate.arrival !== "DO_NOT_ARRIVE") {
    weight = 1 / (1 + Math.max(0, candidate.recentLetters));
    if (birthdaySoon) weight *= BIRTHDAY_FACTOR;
    if (courtDateSoon) weight *= HEARING_FACTOR;
    if (candidate.arrival === "UNKNOWN") weight *= UNKNOWN_FACTOR;
  }
  return { ...candidate, weight, birthdaySoon, courtDateSoon };
}

/**
 * Draws up to `count` different candidates, each draw in proportion to the weights of those
 * left (a weighted sample without replacement). `random` returns a number in [0, 1).
 * Candidates named in `exclude` (the one just shown, for "suggest another") are left out unless
 * nobody else is left.
 */
export function suggestLetterRecipients(
  candidates: readonly LetterCandidate[],
  options: { today: string; count: number; random: () => number; exclude?: readonly string[] },
): WeightedCandidate[] {
  const weighed = candidates
    .map((candidate) => weighCandidate(candidate, options.today))
    .filter((candidate) => candidate.weight > 0);
  const excluded = new Set(options.exclude ?? []);
  const preferred = weighed.filter((candidate) => !excluded.has(candidate.slug));
  const pool = preferred.length > 0 ? preferred : weighed;
  const chosen: WeightedCandidate[] = [];
  while (chosen.length < options.count && pool.length > 0) {
    const total = pool.reduce((sum, candidate) => sum + candidate.weight, 0);
    let point = Math.min(Math.max(options.random(), 0), 0.999999999) * total;
    let index = 0;
    while (index < pool.length - 1 && point >= pool[index]!.weight) {
      point -= pool[index]!.weight;
      index += 1;
    }
    chosen.push(pool.splice(index, 1)[0]!);
  }
  return chosen;
}
