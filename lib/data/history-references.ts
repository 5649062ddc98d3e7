import type { SnapshotValue } from "@/lib/content-store/types";

/**
 * Which snapshot fields point at other rows by id, and what those rows are: the shared
 * vocabulary of the history view (which shows their names) and of lib/data/history-names.ts
 * (which looks the names up). Pure, so that components may import it.
 */
export const NAME_KINDS = [
  "facility",
  "article",
  "country",
  "tag",
  "source",
  "organisation",
  "affiliation",
  "media",
  "case",
  "prisoner",
  "publication",
  "letter",
  "notableSignatory",
  "user",
] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** Ids (country codes for "country") to look up, by kind. */
export type NameRequest = Partial<Record<NameKind, Iterable<string>>>;

/** Found names by kind and id. An id missing from its kind's record no longer exists. */
export type NameBook = Partial<Record<NameKind, Record<string, string>>>;

/** Snapshot keys holding an id (or a list of ids) of another row. */
export const REFERENCE_KEYS: Record<string, NameKind> = {
  facilityId: "facility",
  articleId: "article",
  countryCode: "country",
  citizenships: "country",
  countries: "country",
  tagId: "tag",
  sourceId: "source",
  organisationId: "organisation",
  affiliationId: "affiliation",
  photoId: "media",
  coverImageId: "media",
  assetId: "media",
  documentId: "media",
  caseId: "case",
  prisonerId: "prisoner",
  letterId: "letter",
  verifiedById: "user",
};

/**
 * Copies of a referenced row's name that the snapshot keeps for display ("facility": { name }
 * next to "facilityId"): the view names the row through its id, so these are not shown twice.
 */
export const DISPLAY_COPIES: Record<string, string> = {
  facilityId: "facility",
  organisationId: "organisation",
  articleId: "label",
  tagId: "name",
  affiliationId: "name",
  prisonerId: "name",
};

/** The kind of row a key refers to, if it is a reference. */
export function referenceKind(key: string | undefined): NameKind | undefined {
  return key && Object.hasOwn(REFERENCE_KEYS, key) ? REFERENCE_KEYS[key] : undefined;
}

/** Adds every id referenced in `value` (found under `key`, or deeper in its rows) to `into`. */
export function collectReferences(
  value: SnapshotValue | undefined,
  key: string | undefined,
  into: Partial<Record<NameKind, Set<string>>>,
): void {
  if (value === undefined || value === null) return;
  const kind = referenceKind(key);
  if (typeof value === "string") {
    if (kind) (into[kind] ??= new Set()).add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, key, into);
    return;
  }
  if (typeof value === "object") {
    for (const [inner, item] of Object.entries(value)) collectReferences(item, inner, into);
  }
}
