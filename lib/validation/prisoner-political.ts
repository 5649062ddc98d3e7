import { z } from "zod";
import { PaceCriterion, RecognitionKind } from "@/lib/generated/prisma/enums";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import {
  alongsideFieldErrors,
  expectedVersionSchema,
  idListSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";
import { webUrlSchema } from "@/lib/validation/prisoner-sources";

/**
 * The "Why political" tab: the editors' reasoning per PACE criterion (Resolution 1900 (2012))
 * with the sources it cites, and recognitions by outside organisations.
 *
 * The form shows one block per criterion: ticking "met" keeps (or creates) the assessment, and
 * then its English reasoning is required.
 */

export const PACE_CRITERIA = Object.values(PaceCriterion);
export const RECOGNITION_KINDS = Object.values(RecognitionKind);

export const assessmentSchema = z
  .object({
    met: z.preprocess((value) => value === "on" || value === true, z.boolean()),
    reasoning: localizedTextInputSchema({ max: 5000 }),
    sourceIds: idListSchema,
  })
  .check(
    z.superRefine((value, context) => {
      const reasoning = typeof value.reasoning === "object" ? value.reasoning : null;
      if (value.met === true && reasoning && !reasoning.en) {
        context.addIssue({ code: "custom", message: "englishRequired", path: ["reasoning", "en"] });
      }
    }, alongsideFieldErrors),
  );

export const recognitionRowSchema = z.object({
  id: optionalIdSchema,
  organisationId: z.string({ error: "choiceRequired" }).trim().min(1, { error: "choiceRequired" }),
  kind: z.enum(RECOGNITION_KINDS, { error: "choiceRequired" }),
  recognisedOn: optionalDaySchema({ notInFuture: true }),
  url: webUrlSchema,
  note: localizedTextInputSchema({ max: 1000 }),
  /** The sources reporting the recognition (Citation rows with recognitionId). */
  sourceIds: idListSchema,
});

export const prisonerPoliticalSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  // One entry per criterion, keyed by the criterion ("assessments.UNFAIR_PROCEEDINGS.met").
  assessments: z.preprocess(
    (value) => (value && typeof value === "object" && !Array.isArray(value) ? value : {}),
    z.partialRecord(z.enum(PACE_CRITERIA), assessmentSchema),
  ),
  recognitions: rowsSchema(recognitionRowSchema, { ignore: ["kind"] }),
});

export type PrisonerPolitical = z.output<typeof prisonerPoliticalSchema>;
export type RecognitionRow = z.output<typeof recognitionRowSchema>;
