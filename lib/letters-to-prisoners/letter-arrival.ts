import type { LetterArrival } from "@/lib/generated/prisma/enums";

/**
 * Whether letters reach a prisoner, from the two flags staff keep: the prisoner's own and the
 * facility's where the person is held. Pure, shared by the public pages and their tests.
 */

export type { LetterArrival };

export interface LetterArrivalFlag {
  arrival: LetterArrival;
  /** ISO date ("2026-11-30") of the last check, when recorded. */
  checkedOn: string | null;
}

export interface EffectiveLetterArrival extends LetterArrivalFlag {
  /** Whose flag decided: the prisoner's, the facility's, or neither (nothing known). */
  decidedBy: "prisoner" | "facility" | "none";
}

/**
 * The flag that holds. An UNKNOWN flag says nothing. Of two known ones, the more recently checked
 * wins (a facility that stopped passing on letters last week outweighs a prisoner's answer of last
 * year, and the other way round); an undated check counts as older than any dated one. When both
 * were checked on the same day (or neither is dated) and disagree, "do not arrive" wins: sending
 * people's letters, with their return addresses, into a void is the worse mistake.
 */
export function effectiveLetterArrival(
  prisoner: LetterArrivalFlag,
  facility: LetterArrivalFlag | null,
): EffectiveLetterArrival {
  const known = [
    { ...prisoner, decidedBy: "prisoner" as const },
    ...(facility ? [{ ...facility, decidedBy: "facility" as const }] : []),
  ].filter((flag) => flag.arrival !== "UNKNOWN");
  if (known.length === 0) return { arrival: "UNKNOWN", checkedOn: null, decidedBy: "none" };
  known.sort((a, b) => {
    const byDate = (b.checkedOn ?? "").localeCompare(a.checkedOn ?? "");
    if (byDate !== 0) return byDate;
    return Number(b.arrival === "DO_NOT_ARRIVE") - Number(a.arrival === "DO_NOT_ARRIVE");
  });
  return known[0]!;
}
