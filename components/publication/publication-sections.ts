import type { PublicationListItemDto } from "@/lib/data/publications";

type PublicationType = PublicationListItemDto["type"];

/**
 * The two public sections publications live in. Statements of the foundation appear with the
 * news: they are short, dated updates, and readers look for them there.
 */
export const publicationSections = {
  news: { path: "/news", types: ["NEWS", "STATEMENT"] },
  reports: { path: "/reports", types: ["REPORT"] },
} as const satisfies Record<string, { path: string; types: readonly PublicationType[] }>;

export type PublicationSection = keyof typeof publicationSections;

export function publicationPath(publication: Pick<PublicationListItemDto, "type" | "slug">) {
  const section = publication.type === "REPORT" ? "reports" : "news";
  return `${publicationSections[section].path}/${publication.slug}`;
}
