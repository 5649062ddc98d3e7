import "server-only";
import {
  mayReadClass,
  PRISONER_INTERNAL_FIELD_CLASSES,
  type DataClass,
  type PrisonerInternalField,
} from "@/lib/auth/data-classes";
import type { Actor, Resource } from "@/lib/auth/policy";
import type { ExportColumn, ExportOptions } from "@/lib/export/export-lists";

/**
 * The non-public columns of the exports, each with its data class (lib/auth/data-classes.ts):
 * which of them an actor gets, and the database reads that fetch only those.
 */

/**
 * The non-public columns an actor asked for and may read: only with `internal=1`, and only the
 * classes their role may read about `type`.
 */
export function classified<Row>(
  actor: Actor,
  options: ExportOptions,
  type: Resource["type"],
  columns: ExportColumn<Row>[],
): ExportColumn<Row>[] {
  if (!options.internal) return [];
  return columns.filter((column) => mayReadClass(actor, column.dataClass ?? "public", type));
}

const FIELDS = Object.keys(PRISONER_INTERNAL_FIELD_CLASSES) as PrisonerInternalField[];

/** Column names as the CSV has always had them. */
const HEADERS: Record<PrisonerInternalField, string> = {
  familyContacts: "internal_family_contacts",
  lawyerContacts: "internal_lawyer_contacts",
  consentNotes: "internal_consent_notes",
  notes: "internal_notes",
};

/** A prisoner row with the PrisonerInternal fields that were read (see prisonerInternalQuery). */
export interface WithPrisonerInternal {
  internal?: Partial<Record<PrisonerInternalField, string | null>> | null;
}

export const prisonerInternalColumns: ExportColumn<WithPrisonerInternal>[] = FIELDS.map(
  (field) => ({
    header: HEADERS[field],
    value: (p: WithPrisonerInternal) => p.internal?.[field],
    dataClass: PRISONER_INTERNAL_FIELD_CLASSES[field],
  }),
);

/** Only the PrisonerInternal fields of the exported classes are read from the database. */
export function prisonerInternalQuery(classes: ReadonlySet<DataClass>) {
  const fields = FIELDS.filter((field) => classes.has(PRISONER_INTERNAL_FIELD_CLASSES[field]));
  const select = Object.fromEntries(fields.map((field) => [field, true]));
  return { include: { internal: fields.length > 0 ? { select } : false } };
}
