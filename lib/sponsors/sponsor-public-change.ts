import "server-only";
import { recordPublicChanges } from "@/lib/content-store/record-public-change";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The change feed's entry of a sponsor write (GET /api/v1/changes): the public profile lists its
 * sponsors, so a sponsor that appears on it or leaves it is a "changed" of the prisoner with the
 * aspect "sponsors". Nothing is recorded when the profile shows no difference: a draft profile, a
 * hidden sponsor removed, or a signatory whose verification was withdrawn (public-sponsors.ts
 * shows only verified ones). MUST be the last statement of the sponsor write's transaction
 * (recordPublicChanges takes the feed's ordering lock and holds it until the commit).
 */
export async function recordSponsorPublicChange(
  tx: Prisma.TransactionClient,
  sponsor: { prisonerId: string; verified: boolean },
  shownBefore: boolean,
  shownAfter: boolean,
): Promise<void> {
  if (!sponsor.verified || shownBefore === shownAfter) return;
  const prisoner = await tx.prisoner.findUnique({
    where: { id: sponsor.prisonerId },
    select: { id: true, slug: true, state: true },
  });
  if (prisoner?.state !== "PUBLISHED") return;
  await recordPublicChanges(tx, [
    {
      entityType: "prisoner",
      entityId: prisoner.id,
      slug: prisoner.slug,
      kind: "changed",
      aspects: ["sponsors"],
    },
  ]);
}
