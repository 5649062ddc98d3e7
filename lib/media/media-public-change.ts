import "server-only";
import { recordPublicChanges } from "@/lib/content-store/record-public-change";
import { cacheTags } from "@/lib/data/cache";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What an asset's alt text or credit changes of what the public sees: the photo of every published
 * profile that shows it (aspect "photo"; not where the photo is redacted) and every published
 * publication with it as cover or attachment. Records their change-feed entries (GET
 * /api/v1/changes), so that a mirror re-reads them, and returns the cache tags of their pages.
 * Directory cards show thumbnails without a text alternative, so lists are not touched. MUST be the
 * last statement of the asset write's transaction (recordPublicChanges takes the feed's lock).
 */
export async function recordMediaDetailsChange(
  tx: Prisma.TransactionClient,
  assetId: string,
): Promise<string[]> {
  const [prisoners, publications] = await Promise.all([
    tx.prisoner.findMany({
      where: {
        photoId: assetId,
        ...publishedPrisonerWhere,
        ...notWithheldWhere("photo"),
      },
      select: { id: true, slug: true },
      orderBy: { id: "asc" },
    }),
    tx.publication.findMany({
      where: {
        state: "PUBLISHED",
        OR: [{ coverImageId: assetId }, { attachments: { some: { assetId } } }],
      },
      select: { id: true, slug: true },
      orderBy: { id: "asc" },
    }),
  ]);
  await recordPublicChanges(tx, [
    ...prisoners.map((prisoner) => ({
      entityType: "prisoner" as const,
      entityId: prisoner.id,
      slug: prisoner.slug,
      kind: "changed" as const,
      aspects: ["photo" as const],
    })),
    ...publications.map((publication) => ({
      entityType: "publication" as const,
      entityId: publication.id,
      slug: publication.slug,
      kind: "changed" as const,
      aspects: [],
    })),
  ]);
  return [
    ...prisoners.map((prisoner) => cacheTags.prisoner(prisoner.id)),
    ...publications.map((publication) => cacheTags.publication(publication.id)),
  ];
}
