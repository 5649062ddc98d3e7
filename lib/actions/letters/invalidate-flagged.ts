"use server";

import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import { invalidateLetterSignatures } from "@/lib/data/letter-signature-invalidation";
import { invalidateSignaturesSchema } from "@/lib/validation/letter";

/**
 * Invalidates the ticked signatures of one letter with a reason (editors and administrators):
 * the update, the counter shards and the audit row in one transaction
 * (lib/data/letter-signature-invalidation.ts), which ignores other letters' signatures. The
 * letter's public figures ("N removed because …") are revalidated afterwards.
 */
export const invalidateFlaggedSignatures = staffAction(
  {
    permission: { action: "invalidate", type: "signature" },
    schema: invalidateSignaturesSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    const result = await invalidateLetterSignatures(actor, input, context);
    revalidateContent(cacheTags.letters, cacheTags.letter(input.letterId));
    refreshLetterPages();
    return result;
  },
);
