import { publicationSections } from "@/lib/data/publication-sections";

/** Every type a public section shows: the API lists no type that has no public page. */
export const API_PUBLICATION_TYPES = [
  ...publicationSections.news.types,
  ...publicationSections.reports.types,
] as const;
