import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import { expectedVersionSchema, optionalIdSchema } from "@/lib/validation/prisoner-rows";
import { CONTENT_NAME_MAX, CONTENT_TEXT_MAX } from "@/lib/validation/reference-item";

/**
 * The addressee's answer to a letter as staff record it (lib/letter-answers/answer-writes.ts).
 * Error messages are keys of `LetterAnswerEditor.errors`.
 */

const blankToNull = (value: unknown) =>
  value === undefined || (typeof value === "string" && value.trim() === "") ? null : value;

/** The longest reply text kept as typed (a long official letter fits). */
export const ANSWER_TEXT_MAX = 50_000;

export const letterAnswerSchema = z
  .object({
    letterId: z.string().trim().min(1).max(64),
    /** Empty for a new answer. */
    answerId: optionalIdSchema,
    expectedVersion: expectedVersionSchema,
    receivedOn: optionalDaySchema(),
    answeredBy: z.preprocess(
      (value) => value ?? "",
      z
        .string()
        .trim()
        .min(1, { error: "answeredByRequired" })
        .max(CONTENT_NAME_MAX, { error: "textTooLong" }),
    ),
    summary: localizedTextInputSchema({ required: true, max: CONTENT_TEXT_MAX }),
    text: z.preprocess(
      blankToNull,
      z.string().trim().max(ANSWER_TEXT_MAX, { error: "textTooLong" }).nullable(),
    ),
    textLang: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: "langInvalid" })
        .nullable(),
    ),
    documentId: optionalIdSchema,
  })
  .superRefine((value, context) => {
    if (!value.receivedOn) {
      context.addIssue({ code: "custom", message: "dateInvalid", path: ["receivedOn"] });
    }
  });

export type LetterAnswerInput = z.output<typeof letterAnswerSchema>;

/** Publishing or withdrawing one answer. */
export const letterAnswerStateSchema = z.object({
  letterId: z.string().trim().min(1).max(64),
  answerId: z.string().trim().min(1).max(64),
  expectedVersion: expectedVersionSchema,
  publish: z.enum(["1", "0"]).transform((value) => value === "1"),
});

export type LetterAnswerStateInput = z.output<typeof letterAnswerStateSchema>;
