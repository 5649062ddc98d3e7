import type { ContentType } from "@/lib/auth/policy";

/**
 * Where each content type is edited in the dashboard (paths without the locale). The edit pages
 * belong to the editors of each type; the history, review and audit views link to them.
 */
const EDIT_SECTIONS: Record<ContentType, string> = {
  prisoner: "prisoners",
  publication: "publications",
  letter: "letters",
  facility: "facilities",
  criminalCodeArticle: "articles",
  tag: "tags",
  country: "countries",
  notableSignatory: "signatories",
  affiliation: "affiliations",
  organisation: "organisations",
  source: "sources",
};

/** Types whose dashboard has a preview of the public page. */
const PREVIEWED: readonly ContentType[] = ["prisoner", "publication", "letter"];

export function editPath(type: ContentType, id: string): string {
  return `/dashboard/${EDIT_SECTIONS[type]}/${encodeURIComponent(id)}`;
}

export function previewPath(type: ContentType, id: string): string | null {
  return PREVIEWED.includes(type) ? `${editPath(type, id)}/preview` : null;
}

export function historyPath(type: ContentType, id: string): string {
  return `/dashboard/history/${type}/${encodeURIComponent(id)}`;
}
