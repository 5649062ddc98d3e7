import { z } from "zod";
import { CaseStage, PenalRegime, SentenceKind } from "@/lib/generated/prisma/enums";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { isPartialDate, optionalDaySchema } from "@/lib/validation/partial-date";
import { PRISONER_TEXT_MAX } from "@/lib/validation/prisoner";
import {
  alongsideFieldErrors,
  expectedVersionSchema,
  idListSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";

/**
 * The "Cases & charges" tab: each prosecution of the person with its court, stage, dates,
 * sentence and appeal, and the criminal-code articles charged (a select of known articles plus
 * a free-text note per charge).
 */

export const CASE_STAGES = Object.values(CaseStage);
export const SENTENCE_KINDS = Object.values(SentenceKind);
export const PENAL_REGIMES = Object.values(PenalRegime);

/** 100 years; a typo guard, not a legal limit. */
export const SENTENCE_MONTHS_MAX = 1200;

const optionalEnum = <Values extends Readonly<Record<string, string>>>(values: Values) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
    z.enum(values, { error: "choiceRequired" }).nullable(),
  );

export const chargeRowSchema = z.object({
  id: optionalIdSchema,
  articleId: z.string({ error: "choiceRequired" }).trim().min(1, { error: "choiceRequired" }),
  note: localizedTextInputSchema({ max: PRISONER_TEXT_MAX * 2 }),
});

const localized = localizedTextInputSchema({ max: PRISONER_TEXT_MAX * 5 });
const day = optionalDaySchema();
const pastDay = optionalDaySchema({ notInFuture: true });

export const caseRowSchema = z
  .object({
    id: optionalIdSchema,
    countryCode: z
      .string({ error: "countryRequired" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "countryRequired" }),
    title: localized,
    caseNumber: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
      z.string().trim().max(PRISONER_TEXT_MAX, { error: "textTooLong" }).nullable(),
    ),
    court: localized,
    courtCity: localized,
    stage: z.enum(CASE_STAGES, { error: "choiceRequired" }),
    detainedOn: pastDay,
    indictedOn: pastDay,
    trialStartedOn: pastDay,
    verdictOn: pastDay,
    appealDecidedOn: pastDay,
    appealOutcome: localized,
    sentenceKind: optionalEnum(SentenceKind),
    sentenceMonths: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
      z.coerce
        .number({ error: "sentenceMonthsInvalid" })
        .int({ error: "sentenceMonthsInvalid" })
        .min(0, { error: "sentenceMonthsInvalid" })
        .max(SENTENCE_MONTHS_MAX, { error: "sentenceMonthsInvalid" })
        .nullable(),
    ),
    regime: optionalEnum(PenalRegime),
    sentenceNote: localized,
    expectedReleaseOn: day,
    notes: localized,
    charges: rowsSchema(chargeRowSchema),
    /** The sources the case rests on (Citation rows with caseId), in the order chosen. */
    sourceIds: idListSchema,
  })
  .check(
    z.superRefine((value, context) => {
      // Runs beside failed fields (alongsideFieldErrors): compares only dates that parsed.
      const after = (a: unknown, b: unknown) =>
        isPartialDate(a) && isPartialDate(b) && a.date.getTime() > b.date.getTime();
      if (after(value.detainedOn, value.verdictOn)) {
        context.addIssue({ code: "custom", message: "arrestAfterVerdict", path: ["detainedOn"] });
      }
      if (after(value.indictedOn, value.verdictOn)) {
        context.addIssue({
          code: "custom",
          message: "indictmentAfterVerdict",
          path: ["indictedOn"],
        });
      }
      if (after(value.verdictOn, value.appealDecidedOn)) {
        context.addIssue({
          code: "custom",
          message: "appealBeforeVerdict",
          path: ["appealDecidedOn"],
        });
      }
      if (after(value.detainedOn, value.expectedReleaseOn)) {
        context.addIssue({
          code: "custom",
          message: "releaseBeforeArrest",
          path: ["expectedReleaseOn"],
        });
      }
      // One charge per article and case (a unique key in the database).
      const seen = new Set<string>();
      (Array.isArray(value.charges) ? value.charges : []).forEach((charge, index) => {
        if (!charge || typeof charge.articleId !== "string") return;
        if (seen.has(charge.articleId)) {
          context.addIssue({
            code: "custom",
            message: "duplicateCharge",
            path: ["charges", index, "articleId"],
          });
        }
        seen.add(charge.articleId);
      });
    }, alongsideFieldErrors),
  );

export const prisonerCasesSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  cases: rowsSchema(caseRowSchema, { ignore: ["countryCode", "stage"] }),
});

export type CaseRow = z.output<typeof caseRowSchema>;
export type ChargeRow = z.output<typeof chargeRowSchema>;
export type PrisonerCases = z.output<typeof prisonerCasesSchema>;
