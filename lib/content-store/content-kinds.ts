import type { ContentType } from "@/lib/auth/policy";
import { REFERENCE_TYPES, type ReferenceTypeName } from "@/lib/reference-types";

/** The reference types' kinds, from their descriptors: their table, and no workflow. */
const REFERENCE_KINDS = Object.fromEntries(
  Object.entries(REFERENCE_TYPES).map(([name, descriptor]) => [
    name,
    { entityType: descriptor.table, stateEnum: null },
  ]),
) as {
  [Name in ReferenceTypeName]: {
    entityType: (typeof REFERENCE_TYPES)[Name]["table"];
    stateEnum: null;
  };
};

/**
 * What each content type is called in the database and which workflow it follows: the pure part
 * of the content registry (./registry), which components may read without reaching the database.
 * `entityType` is the Prisma model name, used as Revision.entityType and AuditLog.entityType.
 */
export const CONTENT_KINDS = {
  prisoner: { entityType: "Prisoner", stateEnum: "PublicationState" },
  publication: { entityType: "Publication", stateEnum: "PublicationState" },
  letter: { entityType: "Letter", stateEnum: "LetterState" },
  source: { entityType: "Source", stateEnum: null },
  notableSignatory: { entityType: "NotableSignatory", stateEnum: null },
  ...REFERENCE_KINDS,
} as const satisfies Record<
  ContentType,
  { entityType: string; stateEnum: "PublicationState" | "LetterState" | null }
>;

/** The content type stored under a Revision/AuditLog entityType ("Prisoner"), if it is content. */
export function contentTypeOfEntity(entityType: string): ContentType | undefined {
  return (Object.keys(CONTENT_KINDS) as ContentType[]).find(
    (type) => CONTENT_KINDS[type].entityType === entityType,
  );
}
