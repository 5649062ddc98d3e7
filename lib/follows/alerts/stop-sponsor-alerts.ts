import "server-only";
import { prisma } from "@/lib/db";
import { sponsorAlertsUnsubscribeUrl, sponsorOfAlertsToken } from "@/lib/follows/follow-links";

/**
 * One-click stop of a sponsor's alerts (RFC 8058): clears the sponsorship's alert address, which
 * staff entered (lib/sponsors/sponsor-alert-recipients.ts sends only to sponsorships that have
 * one), and drops the alerts to it still waiting in the outbox. Answers nothing: a forged token,
 * an unknown sponsorship and an already stopped one all look alike.
 */
export async function stopSponsorAlerts(token: string): Promise<void> {
  const sponsorId = sponsorOfAlertsToken(token);
  if (!sponsorId) return;
  await prisma.$transaction([
    prisma.prisonerSponsor.updateMany({
      where: { id: sponsorId, alertEmail: { not: null } },
      data: { alertEmail: null },
    }),
    prisma.outboxMessage.deleteMany({
      where: {
        kind: "follow.sponsor-alert",
        sentAt: null,
        payload: { path: ["unsubscribeUrl"], equals: sponsorAlertsUnsubscribeUrl(sponsorId) },
      },
    }),
  ]);
}

/** Whether the token is genuine (the page shows its button only then). */
export function isSponsorAlertsToken(token: string): boolean {
  return sponsorOfAlertsToken(token) !== null;
}
