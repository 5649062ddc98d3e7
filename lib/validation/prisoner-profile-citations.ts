import { z } from "zod";
import { expectedVersionSchema, rowsSchema } from "@/lib/validation/prisoner-rows";
import {
  CITATION_SELECT_FIELDS,
  citationRowCheck,
  citationRowShape,
} from "@/lib/validation/prisoner-sources";

/**
 * The "Sources" tab: citations of the profile itself (Citation rows with prisonerId), each
 * supporting the profile as a whole (no field) or one fact of it ("status", "arrestedOn" ...).
 */

/**
 * The facts the public profile shows with their own citations, in page order (see
 * lib/data/prisoner-profile.ts). "country" is an older name of "countryCode"; both are shown.
 * Citations of any other field count as citations of the profile as a whole.
 */
export const PROFILE_FACT_FIELDS = [
  "status",
  "statusSince",
  "country",
  "countryCode",
  "region",
  "citizenships",
  "occupation",
  "arrestedOn",
] as const;

/**
 * What a citation may support in the editor: the facts above (under the column's own name) and
 * the date of birth, which the public page cites among the sources of the whole profile.
 */
export const PROFILE_CITATION_FIELDS = [
  ...PROFILE_FACT_FIELDS.filter((field) => field !== "country"),
  "birthDate",
] as const;

export type ProfileCitationField = (typeof PROFILE_CITATION_FIELDS)[number];

export const profileCitationRowSchema = z
  .object({
    ...citationRowShape,
    field: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      z.enum(PROFILE_CITATION_FIELDS, { error: "choiceRequired" }).nullable().default(null),
    ),
  })
  .check(citationRowCheck);

export const prisonerProfileCitationsSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  citations: rowsSchema(profileCitationRowSchema, { ignore: CITATION_SELECT_FIELDS }),
});

export type ProfileCitationRow = z.output<typeof profileCitationRowSchema>;
export type PrisonerProfileCitations = z.output<typeof prisonerProfileCitationsSchema>;
