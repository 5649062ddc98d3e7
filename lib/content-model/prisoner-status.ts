import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * Statuses that deprive a person of liberty: "currently detained" in public figures, the
 * directory's "detained" filter and the running count of time in detention all use this one list.
 */
export const DETAINED_STATUSES = [
  "PRETRIAL_DETENTION",
  "HOUSE_ARREST",
  "IMPRISONED",
] as const satisfies readonly PrisonerStatus[];

export function isDetainedStatus(status: PrisonerStatus): boolean {
  return (DETAINED_STATUSES as readonly PrisonerStatus[]).includes(status);
}
