import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { optionalPartialDateSchema } from "@/lib/validation/partial-date";
import { PRISONER_STATUSES, PRISONER_TEXT_MAX } from "@/lib/validation/prisoner";
import {
  expectedVersionSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";
import { CITATION_SELECT_FIELDS, citationRowsSchema } from "@/lib/validation/prisoner-sources";

/**
 * The "Status history" tab: past and present statuses (PrisonerStatusChange), each with the date
 * it took effect, a note and the sources it rests on. The latest entry is the profile's current status (see
 * lib/data/prisoner-writes/current-status.ts).
 */

export const statusChangeRowSchema = z.object({
  id: optionalIdSchema,
  status: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z
      .string()
      .min(1, { error: "statusRequired", abort: true })
      .pipe(z.enum(PRISONER_STATUSES, { error: "statusInvalid" })),
  ),
  effectiveOn: optionalPartialDateSchema({ notInFuture: true }),
  note: localizedTextInputSchema({ max: PRISONER_TEXT_MAX * 5 }),
  citations: citationRowsSchema,
});

export const prisonerStatusHistorySchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  statusChanges: rowsSchema(statusChangeRowSchema, { ignore: CITATION_SELECT_FIELDS }),
});

export type StatusChangeRow = z.output<typeof statusChangeRowSchema>;
export type PrisonerStatusHistory = z.output<typeof prisonerStatusHistorySchema>;
