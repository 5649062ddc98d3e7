import { cacheTags } from "@/lib/data/cache";
import type { ContentRegistryEntry, Tx } from "../types";
import { flatEntry } from "./flat-entry";

/**
 * Reference data: one row each, no workflow (only `version`). Public pages show them through the
 * "reference" tag (tags, affiliations, articles, facilities, sources, organisations) or the
 * "countries" tag.
 */
const reference = () => [cacheTags.reference];

export const tagEntry = flatEntry({
  type: "tag",
  model: "tag",
  columns: ["slug", "name"],
  requiredJson: ["name"],
  cacheTags: () => [cacheTags.reference, cacheTags.prisoners],
  labelField: "name",
});

export const countryEntry = flatEntry({
  type: "country",
  model: "country",
  idColumn: "code",
  columns: ["slug", "name"],
  requiredJson: ["name"],
  cacheTags: () => [cacheTags.countries, cacheTags.prisoners],
  labelField: "name",
});

export const affiliationEntry = flatEntry({
  type: "affiliation",
  model: "affiliation",
  columns: ["slug", "name", "description", "countryCode"],
  requiredJson: ["name"],
  nullableJson: ["description"],
  cacheTags: reference,
  labelField: "name",
});

export const organisationEntry = flatEntry({
  type: "organisation",
  model: "organisation",
  columns: ["slug", "name", "url", "kind"],
  requiredJson: ["name"],
  cacheTags: reference,
  labelField: "name",
});

export const facilityEntry = flatEntry({
  type: "facility",
  model: "facility",
  columns: ["slug", "name", "kind", "countryCode", "region", "postalAddress", "addressNotes"],
  requiredJson: ["name"],
  nullableJson: ["region", "addressNotes"],
  cacheTags: reference,
  labelField: "name",
});

export const criminalCodeArticleEntry = flatEntry({
  type: "criminalCodeArticle",
  model: "criminalCodeArticle",
  columns: ["countryCode", "code", "codeName", "article", "part", "title"],
  requiredJson: ["codeName", "title"],
  cacheTags: reference,
  labelField: "title",
});

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
