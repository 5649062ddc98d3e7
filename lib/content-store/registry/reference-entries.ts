import { cacheTags } from "@/lib/data/cache";
import { referenceType, valueFields, type ReferenceTypeName } from "@/lib/reference-types";
import type { ContentRegistryEntry, Snapshot, Tx } from "../types";
import { flatEntry } from "./flat-entry";

/**
 * Reference data: one row each, no workflow (only `version`). Public pages show them through the
 * "reference" tag (tags, affiliations, articles, facilities, sources, organisations) or the
 * "countries" tag.
 */
const reference = () => [cacheTags.reference];

/**
 * A reference type's entry, from its descriptor (lib/reference-types): a restore writes back the
 * form's fields (the key apart), its localised fields as JSON (NULL when optional and blank).
 * What the descriptor cannot say (it is read by client components) is given here: the cache tags
 * a write refreshes and the snapshot field that names an item in the history.
 */
function referenceEntry(
  name: ReferenceTypeName,
  config: { cacheTags: (id: string, snapshot: Snapshot) => string[]; labelField: string },
): ContentRegistryEntry {
  const descriptor = referenceType(name);
  const fields = valueFields(descriptor);
  const localizedFields = fields.filter((field) => field.kind === "localized");
  return flatEntry({
    type: descriptor.type,
    model: descriptor.type,
    idColumn: descriptor.key,
    columns: fields.map((field) => field.name).filter((column) => column !== descriptor.key),
    requiredJson: localizedFields.filter((field) => field.required).map((field) => field.name),
    nullableJson: localizedFields.filter((field) => !field.required).map((field) => field.name),
    ...config,
  });
}

/** The reference types' entries: a type missing here does not compile. */
export const REFERENCE_ENTRIES = {
  tag: referenceEntry("tag", {
    cacheTags: () => [cacheTags.reference, cacheTags.prisoners],
    labelField: "name",
  }),
  country: referenceEntry("country", {
    cacheTags: () => [cacheTags.countries, cacheTags.prisoners],
    labelField: "name",
  }),
  affiliation: referenceEntry("affiliation", { cacheTags: reference, labelField: "name" }),
  organisation: referenceEntry("organisation", { cacheTags: reference, labelField: "name" }),
  facility: referenceEntry("facility", { cacheTags: reference, labelField: "name" }),
  criminalCodeArticle: referenceEntry("criminalCodeArticle", {
    cacheTags: reference,
    labelField: "title",
  }),
} satisfies Record<ReferenceTypeName, ContentRegistryEntry>;

const flatSourceEntry = flatEntry({
  type: "source",
  model: "source",
  columns: [
    "title",
    "publisher",
    "url",
    "archiveUrl",
    "documentId",
    "documentPublic",
    "publishedOn",
    "accessedOn",
    "confidence",
    "language",
  ],
  cacheTags: reference,
  labelField: "title",
});

/** The prisoners whose profiles cite a source, through any of the things a citation supports. */
export async function prisonersCitingSource(tx: Tx, sourceId: string): Promise<string[]> {
  const byPrisoner = { select: { prisonerId: true } } as const;
  const citations = await tx.citation.findMany({
    where: { sourceId },
    select: {
      prisonerId: true,
      event: { select: { prisoners: byPrisoner } },
      case: byPrisoner,
      statusChange: byPrisoner,
      criterionAssessment: byPrisoner,
      recognition: byPrisoner,
      detention: byPrisoner,
    },
  });
  const ids = new Set<string>();
  for (const citation of citations) {
    const owners = [
      citation.prisonerId,
      ...(citation.event?.prisoners.map((link) => link.prisonerId) ?? []),
      citation.case?.prisonerId,
      citation.statusChange?.prisonerId,
      citation.criterionAssessment?.prisonerId,
      citation.recognition?.prisonerId,
      citation.detention?.prisonerId,
    ];
    for (const owner of owners) if (owner) ids.add(owner);
  }
  return [...ids];
}

/**
 * Sources: a flat row, but a save must refresh the profiles that cite it by their own tag too
 * (not only "reference": the profile shows the source and, when public, links its document), and
 * a restore must not point at a PDF deleted since.
 */
export const sourceEntry: ContentRegistryEntry = {
  ...flatSourceEntry,
  async restoreSnapshot(tx, id, snapshot) {
    const documentId = typeof snapshot.documentId === "string" ? snapshot.documentId : null;
    const documentExists =
      documentId !== null && (await tx.mediaAsset.count({ where: { id: documentId } })) > 0;
    await flatSourceEntry.restoreSnapshot(tx, id, {
      ...snapshot,
      documentId: documentExists ? documentId : null,
      // Revisions older than the flag have no value: the document stays private.
      documentPublic: documentExists && snapshot.documentPublic === true,
    });
  },
  async cacheTags(tx, id) {
    const prisonerIds = await prisonersCitingSource(tx, id);
    return [
      cacheTags.reference,
      ...prisonerIds.map((prisonerId) => cacheTags.prisoner(prisonerId)),
    ];
  },
};

export const notableSignatoryEntry = flatEntry({
  type: "notableSignatory",
  model: "notableSignatory",
  // Verification is not restored: like a workflow state, it changes only by its own action.
  columns: ["letterId", "name", "office", "countryCode", "position"],
  nullableJson: ["office"],
  // A proposal (unverified) is a draft contributors may edit; a verified signatory is public.
  policyStateSql: `CASE WHEN "verifiedAt" IS NULL THEN 'DRAFT' ELSE 'PUBLISHED' END`,
  cacheTags: (_id, snapshot) => [cacheTags.letters, cacheTags.letter(String(snapshot.letterId))],
  labelField: "name",
});
