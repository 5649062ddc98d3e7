import { cacheTags } from "@/lib/data/cache";
import { flatEntry } from "./flat-entry";

/**
 * Reference data: one row each, no workflow (only `version`). Public pages show them through the
 * "reference" tag (tags, affiliations, articles, facilities, sources, organisations) or the
 * "countries" tag.
 */
const reference = () => [cacheTags.reference];

export const tagEntry = flatEntry({
  type: "tag",
  entityType: "Tag",
  model: "tag",
  columns: ["slug", "name"],
  requiredJson: ["name"],
  cacheTags: () => [cacheTags.reference, cacheTags.prisoners],
  labelField: "name",
});

export const countryEntry = flatEntry({
  type: "country",
  entityType: "Country",
  model: "country",
  idColumn: "code",
  columns: ["slug", "name"],
  requiredJson: ["name"],
  cacheTags: () => [cacheTags.countries, cacheTags.prisoners],
  labelField: "name",
});

export const affiliationEntry = flatEntry({
  type: "affiliation",
  entityType: "Affiliation",
  model: "affiliation",
  columns: ["slug", "name", "description", "countryCode"],
  requiredJson: ["name"],
  nullableJson: ["description"],
  cacheTags: reference,
  labelField: "name",
});

export const organisationEntry = flatEntry({
  type: "organisation",
  entityType: "Organisation",
  model: "organisation",
  columns: ["slug", "name", "url", "kind"],
  requiredJson: ["name"],
  cacheTags: reference,
  labelField: "name",
});

export const facilityEntry = flatEntry({
  type: "facility",
  entityType: "Facility",
  model: "facility",
  columns: ["slug", "name", "kind", "countryCode", "region", "postalAddress", "addressNotes"],
  requiredJson: ["name"],
  nullableJson: ["region", "addressNotes"],
  cacheTags: reference,
  labelField: "name",
});

export const criminalCodeArticleEntry = flatEntry({
  type: "criminalCodeArticle",
  entityType: "CriminalCodeArticle",
  model: "criminalCodeArticle",
  columns: ["countryCode", "code", "codeName", "article", "part", "title"],
  requiredJson: ["codeName", "title"],
  cacheTags: reference,
  labelField: "title",
});

export const sourceEntry = flatEntry({
  type: "source",
  entityType: "Source",
  model: "source",
  columns: [
    "title",
    "publisher",
    "url",
    "archiveUrl",
    "documentId",
    "publishedOn",
    "accessedOn",
    "confidence",
    "language",
  ],
  cacheTags: reference,
  labelField: "title",
});

export const notableSignatoryEntry = flatEntry({
  type: "notableSignatory",
  entityType: "NotableSignatory",
  model: "notableSignatory",
  columns: [
    "letterId",
    "name",
    "office",
    "countryCode",
    "position",
    "verifiedAt",
    "verifiedById",
    "verificationNote",
  ],
  nullableJson: ["office"],
  cacheTags: (_id, snapshot) => [cacheTags.letters, cacheTags.letter(String(snapshot.letterId))],
  labelField: "name",
});
