import type { PublicationType } from "@/lib/generated/prisma/client";

/**
 * The types each of the two public sections shows; each section's path is its name in
 * lib/routes.ts (publicRoutes.news, publicRoutes.reports, publicRoutes.publication). Statements
 * of the foundation appear with the news: they are short, dated updates, and readers look for
 * them there. Pure (no database): the section pages' components read it too.
 */
export const publicationSections = {
  news: { types: ["NEWS", "STATEMENT"] },
  reports: { types: ["REPORT"] },
} as const satisfies Record<string, { types: readonly PublicationType[] }>;

export type PublicationSection = keyof typeof publicationSections;

/** The section a publication of this type appears in (and whose path its page lies under). */
export function publicationSectionOf(type: PublicationType): PublicationSection {
  return (Object.keys(publicationSections) as PublicationSection[]).find((section) =>
    (publicationSections[section].types as readonly PublicationType[]).includes(type),
  )!;
}
