"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { runBulkStages } from "@/lib/actions/bulk-stages";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { staffAction } from "@/lib/actions/staff-action";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import { parseSignatureFlag } from "@/lib/data/letter-flagged-signatures";
import {
  invalidateSignatureSelection,
  resolveSignatureSelection,
} from "@/lib/data/letter-signature-bulk";
import { InvalidFieldsError } from "@/lib/errors";
import { INVALIDATION_REASONS } from "@/lib/signing/invalidation-reasons";
import { bulkSelectionFields } from "@/lib/validation/bulk";

const schema = z.object({
  ...bulkSelectionFields,
  letterId: z.string().trim().min(1).max(64),
  op: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(20).optional()),
  /** The list's filter, for "all matching": one reason, or every flagged signature. */
  filterReason: z.unknown().optional().transform(parseSignatureFlag),
  reason: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(INVALIDATION_REASONS, { error: "reasonInvalid" }).optional(),
  ),
});

/**
 * Invalidates a letter's flagged signatures in bulk (editors and administrators): the ticked ones
 * or all matching the list's filter, after a confirmation that names how many the server will
 * change (lib/actions/bulk-stages.ts). The selection is resolved on the server at each step and
 * limited to this letter (lib/data/letter-signature-bulk.ts); the write is one transaction.
 */
export const bulkInvalidateSignatures = staffAction(
  {
    permission: { action: "invalidate", type: "signature" },
    schema,
    messages: "Bulk.errors",
  },
  async ({ actor, input, context }) => {
    const t = await getTranslations("Bulk.signatures");
    const reason = input.reason;
    const selection = {
      letterId: input.letterId,
      ids: input.ids,
      allMatching: input.all === "matching",
      reason: input.filterReason,
    };
    return runBulkStages(input, {
      ops: ["invalidate"] as const,
      resolve: async () => {
        if (!reason) throw new InvalidFieldsError({ reason: "reasonInvalid" });
        return (await resolveSignatureSelection(actor, selection, context)).length;
      },
      run: async () => {
        const result = await invalidateSignatureSelection(actor, selection, reason!, context);
        revalidateContent(cacheTags.letters, cacheTags.letter(input.letterId));
        refreshLetterPages();
        return { done: result.invalidated, attempted: result.attempted, failures: [] };
      },
      question: (_op, count) => t("question", { count }),
      summary: (_op, { done, attempted }) => t("summary", { done, attempted }),
    });
  },
);
