"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { authorize } from "@/lib/auth/session";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { invalidateSignatures } from "@/lib/signing/invalidate-signatures";
import { invalidateSignaturesSchema } from "@/lib/validation/letter";

/**
 * Invalidates the ticked signatures of one letter with a reason (editors and administrators):
 * the signing helper's invalidateSignatures does the update, the counter shards and the audit
 * row in one transaction. Ids of other letters' signatures are ignored, so a forged form cannot
 * reach beyond the letter it names. The letter's public figures ("N removed because …") are
 * revalidated afterwards.
 */
export const invalidateFlaggedSignatures = staffAction(
  {
    permission: { action: "invalidate", type: "signature" },
    schema: invalidateSignaturesSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    authorize(actor, "invalidate", { type: "signature" });
    const letter = await prisma.letter.findUnique({
      where: { id: input.letterId },
      select: { id: true },
    });
    if (!letter) throw new NotFoundError("Letter", input.letterId);
    const own = await prisma.signature.findMany({
      where: { letterId: letter.id, id: { in: input.signatureIds.filter(isUuid) } },
      select: { id: true },
    });
    const result = await invalidateSignatures(
      actor,
      own.map((row) => row.id),
      input.reason,
      context,
    );
    revalidateContent(cacheTags.letters, cacheTags.letter(letter.id));
    refreshLetterPages();
    return result;
  },
);

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
