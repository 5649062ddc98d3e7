import "server-only";
import { prisma } from "@/lib/db";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { countryVisiblePrisonerWhere } from "@/lib/data/countries";
import { publicLetterWhere } from "@/lib/data/letters";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publishedPublicationWhere } from "@/lib/data/publications";
import { publicRoutes } from "@/lib/routes";

export interface SitemapPageDto {
  /** Path without the locale. */
  path: string;
  /** ISO date-time of the last change, when known. */
  lastModified: string | null;
}

/**
 * Every public page with content from the database, for the sitemap (app/sitemap.ts): published
 * profiles and publications, public letters, and the countries that have a page in the index.
 */
export const listSitemapPages = cachedRead(
  "feeds.sitemap",
  async (): Promise<SitemapPageDto[]> => {
    const [prisoners, publications, letters, countries] = await Promise.all([
      prisma.prisoner.findMany({
        where: publishedPrisonerWhere,
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.publication.findMany({
        where: publishedPublicationWhere,
        select: { slug: true, type: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.letter.findMany({
        where: publicLetterWhere,
        select: { slug: true, updatedAt: true },
        orderBy: { slug: "asc" },
      }),
      prisma.prisoner.groupBy({
        by: ["countryCode"],
        where: countryVisiblePrisonerWhere,
        _max: { updatedAt: true },
        orderBy: { countryCode: "asc" },
      }),
    ]);
    return [
      ...prisoners.map((row) => ({
        path: publicRoutes.prisoner(row.slug),
        lastModified: row.updatedAt.toISOString(),
      })),
      ...publications.map((row) => ({
        path: publicRoutes.publication(row),
        lastModified: row.updatedAt.toISOString(),
      })),
      ...letters.map((row) => ({
        path: publicRoutes.letter(row.slug),
        lastModified: row.updatedAt.toISOString(),
      })),
      ...countries.map((row) => ({
        path: publicRoutes.country(row.countryCode),
        lastModified: row._max.updatedAt?.toISOString() ?? null,
      })),
    ];
  },
  () => [cacheTags.prisoners, cacheTags.publications, cacheTags.letters, cacheTags.countries],
);
