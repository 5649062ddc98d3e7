import "server-only";
import type { Tx } from "@/lib/content-store";

/**
 * Copies the latest status-history entry to the profile's current status and "status since", so
 * the two never disagree. The latest is the one with the latest date; an undated entry counts
 * only when no entry has a date, and then the one written last wins.
 */
export async function syncCurrentStatus(tx: Tx, prisonerId: string): Promise<void> {
  const latest = await tx.prisonerStatusChange.findFirst({
    where: { prisonerId },
    orderBy: [
      { effectiveOn: { sort: "desc", nulls: "last" } },
      { createdAt: "desc" },
      { id: "desc" },
    ],
    select: { status: true, effectiveOn: true, effectiveOnPrecision: true },
  });
  if (!latest) return;
  await tx.prisoner.update({
    where: { id: prisonerId },
    data: {
      status: latest.status,
      statusSince: latest.effectiveOn,
      statusSincePrecision: latest.effectiveOnPrecision,
    },
  });
}
