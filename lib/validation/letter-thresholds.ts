import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { rowsSchema } from "@/lib/validation/prisoner-rows";
import { CONTENT_NAME_MAX } from "@/lib/validation/reference-item";

/**
 * A petition's thresholds as the letter form posts them (`thresholds.0.count`,
 * `thresholds.0.label.en` ...): a signature count and what reaching it means, per language.
 * Error messages are keys of `LetterEditor.errors`.
 */
export const letterThresholdRowSchema = z.object({
  count: z.coerce
    .number({ error: "thresholdInvalid" })
    .int({ error: "thresholdInvalid" })
    .min(1, { error: "thresholdInvalid" })
    .max(100_000_000, { error: "thresholdInvalid" }),
  label: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
});

export const letterThresholdsSchema = rowsSchema(letterThresholdRowSchema).superRefine(
  (rows, context) => {
    const seen = new Set<number>();
    rows.forEach((row, index) => {
      if (!row) return;
      if (seen.has(row.count)) {
        context.addIssue({ code: "custom", message: "thresholdDuplicate", path: [index, "count"] });
      }
      seen.add(row.count);
    });
  },
);

export type LetterThresholdInput = z.output<typeof letterThresholdRowSchema>;
