import "server-only";
import { prisma } from "@/lib/db";
import { cachedRead, cacheTags } from "@/lib/data/cache";

/**
 * The one fact the sign form needs beyond the letter's public DTO: the version it offers for
 * signing (sent back with the form, recorded with the signature). Cached with the letter.
 */
export const getSigningVersionId = cachedRead(
  "letters.signing-version",
  async (letterId: string): Promise<string | null> => {
    const row = await prisma.letter.findUnique({
      where: { id: letterId },
      select: { currentVersionId: true },
    });
    return row?.currentVersionId ?? null;
  },
  (letterId) => [cacheTags.letters, cacheTags.letter(letterId)],
);
