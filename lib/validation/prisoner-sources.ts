import { z } from "zod";
import { SourceConfidence } from "@/lib/generated/prisma/enums";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import { alongsideFieldErrors, optionalIdSchema, rowsSchema } from "@/lib/validation/prisoner-rows";

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

/** The fields of a citation row, for schemas that add their own (a profile citation's "supports"). */
export const citationRowShape = {
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
};

/** A row names an existing source or describes a new one, which then needs a title. */
export const citationRowCheck = z.superRefine(
  (
    value: { sourceId?: unknown; newTitle?: unknown; newUrl?: unknown; newPublisher?: unknown },
    context,
  ) => {
    const describesNew = Boolean(value.newTitle || value.newUrl || value.newPublisher);
    if (!value.sourceId && !describesNew) {
      context.addIssue({ code: "custom", message: "sourceRequired", path: ["sourceId"] });
    }
    if (!value.sourceId && describesNew && !value.newTitle) {
      context.addIssue({ code: "custom", message: "fieldRequired", path: ["newTitle"] });
    }
  },
  alongsideFieldErrors,
);

export const citationRowSchema = z.object(citationRowShape).check(citationRowCheck);

/**
 * The citation rows of one target. The confidence select always posts a value, so it does not
 * make a spare row count as filled in.
 */
export const citationRowsSchema = rowsSchema(citationRowSchema, { ignore: ["newConfidence"] });

/** Fields of nested citation rows that post a value even in a spare row: a parent row ignores them. */
export const CITATION_SELECT_FIELDS = ["newConfidence"];

export type CitationRow = z.output<typeof citationRowSchema>;
