import type { ContentType } from "@/lib/auth/policy";
import type { Snapshot, SnapshotValue } from "./types";

/**
 * What a content write changed of what the PUBLIC sees, from the item's snapshot before and after
 * (pure; the change feed's rows are written by record-public-change.ts). Only the types the
 * open-data API exposes have an answer: prisoners, letters, publications, countries, criminal-code
 * articles ("article") and facilities.
 *
 * - Not public before nor after (a draft edited, a draft deleted): nothing. A draft never makes an
 *   entry, and the feed says nothing of work the public cannot see.
 * - Public only after: "published"; only before: "removed" (unpublished, archived, deleted).
 * - Public before and after: "changed" when a field the public sees changed, else nothing. A
 *   field redacted (Prisoner.redactedFields) counts as its own aspect changing: the public sees it
 *   disappear. Staff-only parts (PrisonerInternal, review stamps, bookkeeping) never count, nor
 *   does an edit of a field that stays redacted, or of a timeline event that is not published.
 *
 * For prisoners, `aspects` names the public parts that changed (codes, never values), so that a
 * follower can be told "the status changed" without the feed carrying the status.
 */
export type PublicEntityType =
  "prisoner" | "letter" | "publication" | "country" | "article" | "facility";

export type PublicChangeKind = "published" | "changed" | "removed";

export const PRISONER_ASPECTS = [
  "name",
  "identity",
  "photo",
  "summary",
  "biography",
  "status",
  "cases",
  "detention",
  "timeline",
  "recognition",
  "tags",
  "sources",
  // A letter or publication the profile lists: appeared, left, or its listed fields changed
  // (lib/content-store/public-change-cascade.ts).
  "letters",
  "publications",
  // A parliamentary sponsor shown, hidden or removed (lib/sponsors/sponsor-writes.ts).
  "sponsors",
] as const;
export type PrisonerAspect = (typeof PRISONER_ASPECTS)[number];

export interface PublicChangeOf {
  entityType: PublicEntityType;
  kind: PublicChangeKind;
  slug: string | null;
  aspects: PrisonerAspect[];
}

/** The feed's name of each content type it lists; other types are not in the feed. */
export const PUBLIC_ENTITY_TYPES: Partial<Record<ContentType, PublicEntityType>> = {
  prisoner: "prisoner",
  letter: "letter",
  publication: "publication",
  country: "country",
  criminalCodeArticle: "article",
  facility: "facility",
};

/**
 * Each public field of a prisoner's snapshot: its aspect and the redactedFields entry that hides
 * it, if any (names of lib/validation/prisoner-basics.ts REDACTABLE_FIELDS, as the profile's DTO
 * honours them). A field not listed here and not in PRISONER_PRIVATE_FIELDS counts as "identity":
 * a column added later is reported rather than silently missed.
 */
const PRISONER_FIELDS: Record<string, { aspect: PrisonerAspect; redactedBy?: string[] }> = {
  slug: { aspect: "name" },
  name: { aspect: "name" },
  sortName: { aspect: "name" },
  nameVariants: { aspect: "name", redactedBy: ["nameVariants"] },
  gender: { aspect: "identity" },
  birthYear: { aspect: "identity" },
  birthDate: { aspect: "identity", redactedBy: ["birthDate"] },
  citizenships: { aspect: "identity", redactedBy: ["citizenships"] },
  countryCode: { aspect: "identity", redactedBy: ["country", "countryCode"] },
  region: { aspect: "identity", redactedBy: ["region"] },
  roles: { aspect: "identity" },
  occupation: { aspect: "identity", redactedBy: ["occupation"] },
  photoId: { aspect: "photo", redactedBy: ["photo"] },
  summary: { aspect: "summary" },
  biography: { aspect: "biography", redactedBy: ["biography"] },
  status: { aspect: "status", redactedBy: ["status"] },
  statusSince: { aspect: "status", redactedBy: ["status"] },
  statusSincePrecision: { aspect: "status", redactedBy: ["status"] },
  statusChanges: { aspect: "status", redactedBy: ["status"] },
  arrestedOn: { aspect: "cases", redactedBy: ["arrestedOn"] },
  arrestedOnPrecision: { aspect: "cases", redactedBy: ["arrestedOn"] },
  cases: { aspect: "cases", redactedBy: ["cases", "charges"] },
  detentions: { aspect: "detention", redactedBy: ["detentions"] },
  events: { aspect: "timeline", redactedBy: ["events"] },
  criterionAssessments: { aspect: "recognition", redactedBy: ["criterionAssessments"] },
  recognitions: { aspect: "recognition", redactedBy: ["recognitions"] },
  tags: { aspect: "tags", redactedBy: ["tags"] },
  affiliations: { aspect: "tags", redactedBy: ["affiliations"] },
  citations: { aspect: "sources", redactedBy: ["citations"] },
};

/** Parts of a prisoner's snapshot the public never sees, or that say nothing by themselves. */
const PRISONER_PRIVATE_FIELDS = new Set([
  "id",
  "internal",
  "state",
  "publishedAt",
  "lastReviewedAt",
  // Its effect is compared field by field above (a field redacted is that field changing).
  "redactedFields",
]);

/** Columns of the other types that are not what the public reads. */
const BOOKKEEPING_FIELDS = new Set(["publishedAt", "verifiedAt", "verifiedById"]);

/** Stands for a field the public cannot see, so that hiding or showing it compares as a change. */
const HIDDEN = "\u0000hidden";

export function publicChangeOf(
  type: ContentType,
  before: Snapshot | null,
  after: Snapshot | null,
): PublicChangeOf | null {
  const entityType = PUBLIC_ENTITY_TYPES[type];
  if (!entityType) return null;
  const wasPublic = before !== null && isPublic(type, before);
  const isPublicNow = after !== null && isPublic(type, after);
  const slug = slugOf(type, (isPublicNow ? after : before) ?? {});
  if (!wasPublic && !isPublicNow) return null;
  if (!wasPublic) return { entityType, kind: "published", slug, aspects: [] };
  if (!isPublicNow) return { entityType, kind: "removed", slug, aspects: [] };
  if (type === "prisoner") {
    const aspects = prisonerAspects(before!, after!);
    return aspects.length > 0 ? { entityType, kind: "changed", slug, aspects } : null;
  }
  const changed = !sameJson(withoutBookkeeping(before!), withoutBookkeeping(after!));
  return changed ? { entityType, kind: "changed", slug, aspects: [] } : null;
}

function isPublic(type: ContentType, snapshot: Snapshot): boolean {
  if (type === "letter") return snapshot.state !== "DRAFT";
  if (type === "prisoner" || type === "publication") return snapshot.state === "PUBLISHED";
  // Reference data has no workflow: public as soon as it is saved.
  return true;
}

function slugOf(type: ContentType, snapshot: Snapshot): string | null {
  if (type === "country") return typeof snapshot.code === "string" ? snapshot.code : null;
  return typeof snapshot.slug === "string" ? snapshot.slug : null;
}

/** The public aspects that differ, in PRISONER_ASPECTS order. */
function prisonerAspects(before: Snapshot, after: Snapshot): PrisonerAspect[] {
  const seen = new Set<PrisonerAspect>();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (PRISONER_PRIVATE_FIELDS.has(key)) continue;
    const field = PRISONER_FIELDS[key] ?? { aspect: "identity" as const };
    if (seen.has(field.aspect)) continue;
    if (!sameJson(publicValue(before, key, field), publicValue(after, key, field))) {
      seen.add(field.aspect);
    }
  }
  return PRISONER_ASPECTS.filter((aspect) => seen.has(aspect));
}

function publicValue(
  snapshot: Snapshot,
  key: string,
  field: { redactedBy?: string[] },
): SnapshotValue | undefined {
  const redacted = Array.isArray(snapshot.redactedFields) ? snapshot.redactedFields : [];
  if (field.redactedBy?.some((name) => redacted.includes(name))) return HIDDEN;
  const value = snapshot[key];
  // Only published events are on the public timeline.
  if (key === "events" && Array.isArray(value)) {
    return value.filter((event) => isRecord(event) && event.state === "PUBLISHED");
  }
  // "facilityAddress" withholds the address a detention would show (addressPublic): redacting
  // it, or lifting it, changes what the public sees of the detentions.
  if (key === "detentions" && Array.isArray(value) && redacted.includes("facilityAddress")) {
    return value.map((detention) =>
      isRecord(detention) && detention.addressPublic === true
        ? { ...detention, addressPublic: HIDDEN }
        : detention,
    );
  }
  return value;
}

function withoutBookkeeping(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(
    Object.entries(snapshot).filter(([key]) => !BOOKKEEPING_FIELDS.has(key)),
  );
}

function isRecord(value: SnapshotValue): value is { [key: string]: SnapshotValue } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Snapshots are JSON made the same way on both sides: key order is stable. */
function sameJson(a: SnapshotValue | undefined, b: SnapshotValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
