import { z } from "zod";
import { localizedRichTextInputSchema, localizedTextInputSchema } from "@/lib/validation/localized";
import {
  checkPrisonerCoreDates,
  PRISONER_TEXT_MAX,
  prisonerCoreObjectSchema,
} from "@/lib/validation/prisoner";
import {
  alongsideFieldErrors,
  expectedVersionSchema,
  idListSchema,
  optionalIdSchema,
} from "@/lib/validation/prisoner-rows";

/**
 * The "Basics" tab of the prisoner editor: the core fields (shared with the CSV importer, see
 * prisoner.ts) plus what only the dashboard edits: the biography, the photo, redactions, the
 * review stamp, tags, affiliations with the person's role in each, and a note for a status change.
 */

/**
 * Fields an editor can keep off the public profile (Prisoner.redactedFields). The names are the
 * ones lib/data/prisoner-profile/record.ts honours.
 */
export const REDACTABLE_FIELDS = [
  "birthDate",
  "region",
  "photo",
  "occupation",
  "citizenships",
  "arrestedOn",
  "biography",
  "nameVariants",
  "detentions",
  "facilityAddress",
  "cases",
  "events",
  "criterionAssessments",
  "recognitions",
  "citations",
] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];

function toList(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

export const prisonerBasicsSchema = prisonerCoreObjectSchema
  .extend({
    biography: localizedRichTextInputSchema(),
    photoId: optionalIdSchema,
    redactedFields: z.preprocess(
      toList,
      z.array(z.enum(REDACTABLE_FIELDS, { error: "invalidValue" })),
    ),
    markReviewed: z.preprocess((value) => value === "on" || value === true, z.boolean()),
    tagIds: idListSchema,
    affiliationIds: idListSchema,
    /**
     * The person's role in each affiliation (PrisonerAffiliation.role), keyed by affiliation id
     * (`affiliationRoles.<id>.en`). Only the roles of ticked affiliations are saved.
     */
    affiliationRoles: z.preprocess(
      (value) => (value && typeof value === "object" && !Array.isArray(value) ? value : {}),
      z.record(z.string().max(64), localizedTextInputSchema({ max: PRISONER_TEXT_MAX })),
    ),
    /** What the status change was (a PrisonerStatusChange note), used only when the status changes. */
    statusNote: localizedTextInputSchema({ max: PRISONER_TEXT_MAX * 5 }),
  })
  .check(z.superRefine(checkPrisonerCoreDates, alongsideFieldErrors));

/** The basics of an existing profile: the same fields plus the version the form was based on. */
export const prisonerBasicsUpdateSchema = prisonerBasicsSchema.and(
  z.object({ id: z.string().min(1), expectedVersion: expectedVersionSchema }),
);

export type PrisonerBasics = z.output<typeof prisonerBasicsSchema>;
export type PrisonerBasicsUpdate = z.output<typeof prisonerBasicsUpdateSchema>;
