import "server-only";
import { prisma } from "@/lib/db";

/**
 * THE SEAM FOR THE FOLLOW PART (issue 19 part 1, next session): sponsors get a prisoner's alerts
 * like any follower. The alert sender asks this for the addresses to add to a prisoner's
 * confirmed followers: published sponsorships of a verified signatory that have an office address.
 * No double opt-in here: staff enter the address after the sponsor agreed to the sponsorship; the
 * follow part must still give these mails its one-click unsubscribe (and should record it here,
 * e.g. by clearing `alertEmail`).
 */
export interface SponsorAlertRecipient {
  sponsorId: string;
  email: string;
}

export async function listPrisonerSponsorAlertRecipients(
  prisonerId: string,
): Promise<SponsorAlertRecipient[]> {
  const rows = await prisma.prisonerSponsor.findMany({
    where: {
      prisonerId,
      state: "PUBLISHED",
      alertEmail: { not: null },
      signatory: { verifiedAt: { not: null } },
    },
    orderBy: { id: "asc" },
    select: { id: true, alertEmail: true },
  });
  return rows.map((row) => ({ sponsorId: row.id, email: row.alertEmail! }));
}
