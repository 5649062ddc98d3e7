import { z } from "zod";
import { letterArrivalSchema, lettersCheckedOnSchema } from "@/lib/validation/letter-arrival";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  isCertainlyAfter,
  isPartialDate,
  optionalPartialDateSchema,
} from "@/lib/validation/partial-date";
import { PRISONER_TEXT_MAX } from "@/lib/validation/prisoner";
import {
  alongsideFieldErrors,
  expectedVersionSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";
import { CITATION_SELECT_FIELDS, citationRowsSchema } from "@/lib/validation/prisoner-sources";

/**
 * The "Detentions" tab: periods in facilities. The open period (no end) is where the person is
 * held now; its postal address is public only when "address public" is ticked.
 */

export const detentionRowSchema = z
  .object({
    id: optionalIdSchema,
    facilityId: z.string({ error: "choiceRequired" }).trim().min(1, { error: "choiceRequired" }),
    startedOn: optionalPartialDateSchema({ notInFuture: true }),
    endedOn: optionalPartialDateSchema({ notInFuture: true }),
    note: localizedTextInputSchema({ max: PRISONER_TEXT_MAX * 5 }),
    addressPublic: z.preprocess((value) => value === "on" || value === true, z.boolean()),
    citations: citationRowsSchema,
  })
  .check(
    z.superRefine((value, context) => {
      const { startedOn, endedOn } = value;
      if (
        isPartialDate(startedOn) &&
        isPartialDate(endedOn) &&
        isCertainlyAfter(startedOn, endedOn)
      ) {
        context.addIssue({ code: "custom", message: "endBeforeStart", path: ["endedOn"] });
      }
    }, alongsideFieldErrors),
  );

export const prisonerDetentionsSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  /** Whether letters reach the person (issue 19), and when that was last checked. */
  lettersArrive: letterArrivalSchema,
  lettersCheckedOn: lettersCheckedOnSchema,
  detentions: rowsSchema(detentionRowSchema, { ignore: CITATION_SELECT_FIELDS }),
});

export type DetentionRow = z.output<typeof detentionRowSchema>;
export type PrisonerDetentions = z.output<typeof prisonerDetentionsSchema>;
