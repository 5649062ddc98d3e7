import { z } from "zod";
import { expectedVersionSchema } from "@/lib/validation/prisoner-rows";

/**
 * The "Internal" tab: PrisonerInternal, staff-only notes that are never published. Who may read
 * and write each field is its data class (lib/auth/data-classes.ts). Blank fields are stored as
 * NULL.
 */

export const INTERNAL_TEXT_MAX = 10_000;

const internalText = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
  z.string().trim().max(INTERNAL_TEXT_MAX, { error: "textTooLong" }).nullable(),
);

export const PRISONER_INTERNAL_FIELDS = [
  "familyContacts",
  "lawyerContacts",
  "consentNotes",
  "notes",
] as const;

export const prisonerInternalSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  familyContacts: internalText,
  lawyerContacts: internalText,
  consentNotes: internalText,
  notes: internalText,
});

export type PrisonerInternalInput = z.output<typeof prisonerInternalSchema>;
