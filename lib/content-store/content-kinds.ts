import type { ContentType } from "@/lib/auth/policy";

/**
 * What each content type is called in the database and which workflow it follows: the pure part
 * of the content registry (./registry), which components may read without reaching the database.
 * `entityType` is the Prisma model name, used as Revision.entityType and AuditLog.entityType.
 */
export const CONTENT_KINDS = {
  prisoner: { entityType: "Prisoner", stateEnum: "PublicationState" },
  publication: { entityType: "Publication", stateEnum: "PublicationState" },
  letter: { entityType: "Letter", stateEnum: "LetterState" },
  tag: { entityType: "Tag", stateEnum: null },
  country: { entityType: "Country", stateEnum: null },
  affiliation: { entityType: "Affiliation", stateEnum: null },
  organisation: { entityType: "Organisation", stateEnum: null },
  facility: { entityType: "Facility", stateEnum: null },
  criminalCodeArticle: { entityType: "CriminalCodeArticle", stateEnum: null },
  source: { entityType: "Source", stateEnum: null },
  notableSignatory: { entityType: "NotableSignatory", stateEnum: null },
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
