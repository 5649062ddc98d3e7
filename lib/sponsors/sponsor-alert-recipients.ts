import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";

/**
 * THE SEAM FOR THE FOLLOW PART (issue 19 part 1): sponsors get a prisoner's alerts like any
 * follower. The alert sender asks this for the addresses to add to a prisoner's confirmed
 * followers: published sponsorships of a verified signatory that have an office address, each
 * with the language staff chose for its alerts. No double opt-in here: staff enter the address
 * after the sponsor agreed to the sponsorship; the alerts carry a one-click unsubscribe that
 * clears `alertEmail` (lib/follows/alerts/stop-sponsor-alerts.ts).
 */
export interface SponsorAlertRecipient {
  sponsorId: string;
  email: string;
  locale: Locale;
}

/**
 * `db` is the caller's transaction when there is one (the fan-out reads the sponsors in the
 * transaction that queues their mails and moves the alert's cursor), else the shared client.
 */
export async function listPrisonerSponsorAlertRecipients(
  prisonerId: string,
  db: Pick<Prisma.TransactionClient, "prisonerSponsor"> = prisma,
): Promise<SponsorAlertRecipient[]> {
  const rows = await db.prisonerSponsor.findMany({
    where: {
      prisonerId,
      state: "PUBLISHED",
      alertEmail: { not: null },
      signatory: { verifiedAt: { not: null } },
    },
    orderBy: { id: "asc" },
    select: { id: true, alertEmail: true, alertLocale: true },
  });
  return rows.map((row) => ({
    sponsorId: row.id,
    email: row.alertEmail!,
    // The column holds a site locale (sponsor-input.ts); one dropped from the site since reads
    // as the default rather than failing the fan-out.
    locale: knownLocaleOr(row.alertLocale),
  }));
}
