import type { MetadataRoute } from "next";
import { listSitemapPages } from "@/lib/data/sitemap-pages";
import { routing } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

/** Pages without database content, listed with the content pages. */
const STATIC_PATHS = [
  publicRoutes.home(),
  publicRoutes.prisoners(),
  publicRoutes.countries(),
  publicRoutes.statistics(),
  publicRoutes.letters(),
  publicRoutes.news(),
  publicRoutes.reports(),
  publicRoutes.about(),
  publicRoutes.privacy(),
];

// The reads are tagged and refreshed on every change; this bounds what the tags might miss.
export const revalidate = 3600;

/**
 * Every public page in every locale, each with its translations as hreflang alternates. One
 * file holds up to 50,000 addresses; beyond that (about 20,000 profiles in two locales) it must be
 * split with generateSitemaps.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const contentPages = await listSitemapPages();
  const pages = [...STATIC_PATHS.map((path) => ({ path, lastModified: null })), ...contentPages];
  // On the configured origin, never the request's Host: this answer is cached for everyone.
  const url = (locale: (typeof routing.locales)[number], path: string) =>
    publicUrl(localized(locale, path));

  return pages.flatMap((page) =>
    routing.locales.map((locale) => ({
      url: url(locale, page.path),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: {
        languages: Object.fromEntries(
          routing.locales.map((alternate) => [alternate, url(alternate, page.path)]),
        ),
      },
    })),
  );
}
