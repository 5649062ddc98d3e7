import { z } from "zod";
import { SourceConfidence } from "@/lib/generated/prisma/enums";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import { alongsideFieldErrors, optionalIdSchema } from "@/lib/validation/prisoner-rows";

/**
 * A citation in the prisoner editor: an existing Source chosen from a select, or a new source
 * described in place (title, URL, publisher, date, confidence), plus where in it (page, minute).
 */

export const SOURCE_CONFIDENCES = Object.values(SourceConfidence);
export const SOURCE_TITLE_MAX = 500;

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : (value ?? null);

export const webUrlSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(2048, { error: "urlInvalid", abort: true })
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "urlInvalid" }))
    .nullable(),
);

export const citationRowSchema = z
  .object({
    id: optionalIdSchema,
    sourceId: optionalIdSchema,
    locator: z.preprocess(
      blankToNull,
      z.string().trim().max(200, { error: "textTooLong" }).nullable(),
    ),
    newTitle: z.preprocess(
      blankToNull,
      z.string().trim().max(SOURCE_TITLE_MAX, { error: "textTooLong" }).nullable(),
    ),
    newUrl: webUrlSchema,
    newPublisher: z.preprocess(
      blankToNull,
      z.string().trim().max(200, { error: "textTooLong" }).nullable(),
    ),
    newPublishedOn: optionalDaySchema({ notInFuture: true }),
    newConfidence: z.preprocess(
      blankToNull,
      z.enum(SOURCE_CONFIDENCES, { error: "choiceRequired" }).nullable(),
    ),
  })
  .check(
    z.superRefine((value, context) => {
      const describesNew = Boolean(value.newTitle || value.newUrl || value.newPublisher);
      if (!value.sourceId && !describesNew) {
        context.addIssue({ code: "custom", message: "sourceRequired", path: ["sourceId"] });
      }
      if (!value.sourceId && describesNew && !value.newTitle) {
        context.addIssue({ code: "custom", message: "fieldRequired", path: ["newTitle"] });
      }
    }, alongsideFieldErrors),
  );

export type CitationRow = z.output<typeof citationRowSchema>;
