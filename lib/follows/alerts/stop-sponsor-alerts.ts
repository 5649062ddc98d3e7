import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { sponsorAlertsUnsubscribeUrl, sponsorOfAlertsToken } from "@/lib/follows/follow-links";

/** The audit action of a stop (the sponsor writes' `prisonerSponsor.<verb>`, lib/sponsors). */
export const SPONSOR_ALERTS_STOPPED = "prisonerSponsor.alerts_stopped";

/**
 * One-click stop of a sponsor's alerts (RFC 8058): clears the sponsorship's alert address, which
 * staff entered (lib/sponsors/sponsor-alert-recipients.ts sends only to sponsorships that have
 * one), and drops the alerts to it still waiting in the outbox. The address is personal data, so
 * its removal is audited in the same transaction (no actor: the link's holder, not staff; no
 * address in the row). Answers nothing: a forged token, an unknown sponsorship and an already
 * stopped one all look alike, and only the stop that cleared the address writes a row.
 */
export async function stopSponsorAlerts(token: string): Promise<void> {
  const sponsorId = sponsorOfAlertsToken(token);
  if (!sponsorId) return;
  await prisma.$transaction(async (tx) => {
    // Of two stops at once, the second waits on the row and then matches nothing.
    const cleared = await tx.prisonerSponsor.updateMany({
      where: { id: sponsorId, alertEmail: { not: null } },
      data: { alertEmail: null },
    });
    // Dropped on every genuine stop, a repeated one too: a fan-out that read the address just
    // before the first stop may have queued one more since.
    await tx.outboxMessage.deleteMany({
      where: {
        kind: "follow.sponsor-alert",
        sentAt: null,
        payload: { path: ["unsubscribeUrl"], equals: sponsorAlertsUnsubscribeUrl(sponsorId) },
      },
    });
    if (cleared.count === 0) return;
    const sponsor = await tx.prisonerSponsor.findUniqueOrThrow({
      where: { id: sponsorId },
      select: { prisonerId: true, signatoryId: true },
    });
    await recordAudit(tx, {
      actor: null,
      action: SPONSOR_ALERTS_STOPPED,
      entityType: "PrisonerSponsor",
      entityId: sponsorId,
      details: { prisonerId: sponsor.prisonerId, signatoryId: sponsor.signatoryId },
    });
  });
}

/** Whether the token is genuine (the page shows its button only then). */
export function isSponsorAlertsToken(token: string): boolean {
  return sponsorOfAlertsToken(token) !== null;
}
