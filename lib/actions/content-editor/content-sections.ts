import type { ContentType } from "@/lib/auth/policy";

/**
 * The dashboard sections of the content editors (tags, countries, facilities ...): the URL
 * segment under /[locale]/dashboard for each content type they edit.
 */
export const CONTENT_SECTIONS = {
  tag: "tags",
  country: "countries",
  affiliation: "affiliations",
  organisation: "organisations",
  facility: "facilities",
  criminalCodeArticle: "articles",
  publication: "publications",
} as const satisfies Partial<Record<ContentType, string>>;

export type SectionContentType = keyof typeof CONTENT_SECTIONS;

/** The message namespace of the content editors' error codes (lib/validation/reference-item.ts). */
export const CONTENT_ERRORS = "ContentEditor.errors";

/**
 * staffAction never echoes fields named "code" (one-time sign-in codes). A country's ISO code
 * and an article's criminal code are ordinary fields: only passwords are left out here.
 */
export function keepCodeField(name: string): boolean {
  return /password/i.test(name);
}
