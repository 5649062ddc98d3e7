"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { runBulkStages } from "@/lib/actions/bulk-stages";
import { staffAction } from "@/lib/actions/staff-action";
import { moveReviewSelection, resolveReviewSelection } from "@/lib/data/review-queue-bulk";
import { InvalidFieldsError } from "@/lib/errors";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { bulkSelectionFields } from "@/lib/validation/bulk";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  ...bulkSelectionFields,
  op: z.preprocess(first, z.string().max(20).optional()),
  note: z.preprocess(first, z.string().trim().max(1000, { error: "noteTooLong" }).optional()),
});

/**
 * Publishes or returns to draft items of the review queue in bulk (editors and administrators;
 * the queue shows contributors nothing to decide): the ticked ones or everything in review,
 * after a confirmation naming the count. Each item goes through the content store's transition,
 * as on its own page; the result says how many moved and lists those that changed meanwhile.
 * Returning needs a note for the authors, as one decision for many items deserves a reason.
 */
export const bulkReview = staffAction(
  {
    permission: { action: "publish", type: ["prisoner", "publication"] },
    schema,
    messages: "Bulk.errors",
  },
  async ({ actor, input, context, formData }) => {
    const t = await getTranslations("Bulk.review");
    // Titles of the items that failed, in the page's language (its hidden "locale" field).
    const locale = actionLocale(formData);
    const selectionFor = (op: "publish" | "return") => ({
      items: input.ids,
      allMatching: input.all === "matching",
      op,
      note: input.note || undefined,
    });
    const outcome = await runBulkStages(input, {
      ops: ["publish", "return"] as const,
      resolve: async (op) => {
        if (op === "return" && !input.note) throw new InvalidFieldsError({ note: "noteRequired" });
        return (await resolveReviewSelection(actor, selectionFor(op), context)).length;
      },
      run: async (op) => {
        const result = await moveReviewSelection(actor, selectionFor(op), locale, context);
        return {
          ...result,
          failures: result.failures.map((failure) => ({
            id: `${failure.type}:${failure.id}`,
            label: failure.title,
            reason: t(`failure.${failure.kind}`),
          })),
        };
      },
      question: (op, count) => t(`question.${op}`, { count }),
      summary: (op, counts) => t(`summary.${op}`, counts),
    });
    // The queue and the items' pages show the new states (moveReviewSelection revalidated the
    // items' public tags once, after the batch); one refresh for the whole batch.
    if (outcome.stage === "done") refresh();
    return outcome;
  },
);
