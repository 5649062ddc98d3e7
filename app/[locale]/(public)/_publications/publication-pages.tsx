import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PublicationArticle } from "@/components/publication/publication-article";
import { PublicationIndex } from "@/components/publication/publication-index";
import {
  getPublicationFilterOptions,
  searchPublishedPublications,
} from "@/lib/data/publication-search";
import {
  getPublishedPublicationBySlug,
  publicationSections,
  type PublicationSection,
} from "@/lib/data/publications";
import { publicationsFeedAlternate } from "@/lib/feeds/feed-links";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { publicRoutes } from "@/lib/routes";
import { parsePublicationQuery } from "@/lib/validation/publication-filters";

/**
 * The routes of the two publication sections, /news and /reports, which differ only in the types
 * they show: each route file is `export const { generateMetadata, default } = ...(section)`.
 */

type IndexProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type DetailProps = { params: Promise<{ locale: string; slug: string }> };

async function feedLinks(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "PublicationsPage" });
  return publicationsFeedAlternate(locale, t("feedTitle"));
}

/** /news or /reports: a filtered, paged list. */
export function publicationIndexRoute(section: PublicationSection) {
  const { types } = publicationSections[section];

  async function generateMetadata({ params }: IndexProps): Promise<Metadata> {
    const locale = await getPageLocale(params);
    const t = await getTranslations({ locale, namespace: "Publications" });
    return {
      title: t(`${section}Title`),
      description: t(`${section}Lead`),
      // Filtered and later pages point at the section itself as the page to index.
      alternates: {
        ...localeAlternates(locale, publicRoutes[section]()),
        types: await feedLinks(locale),
      },
    };
  }

  async function PublicationIndexPage({ params, searchParams }: IndexProps) {
    const locale = await getPageLocale(params);
    const { filters: parsed, page } = parsePublicationQuery(await searchParams);
    if (page === null) notFound();
    // A type of the other section (?type=REPORT under /news) is dropped like any invalid filter.
    const { type, ...rest } = parsed;
    const filters = type && (types as readonly string[]).includes(type) ? parsed : rest;
    const [result, options] = await Promise.all([
      searchPublishedPublications({ locale, types, filters, page }),
      getPublicationFilterOptions({ locale, types }),
    ]);
    if (page > result.pageCount) notFound();
    return (
      <PublicationIndex
        section={section}
        locale={locale}
        filters={filters}
        result={result}
        options={options}
      />
    );
  }

  return { generateMetadata, default: PublicationIndexPage };
}

/** /news/[slug] or /reports/[slug]: one publication of the section's types. */
export function publicationDetailRoute(section: PublicationSection) {
  const { types } = publicationSections[section];

  // generateMetadata and the page need the same publication: one read per request.
  const getPublication = cache((slug: string, locale: Locale) =>
    getPublishedPublicationBySlug({ slug, locale, types }),
  );

  async function generateMetadata({ params }: DetailProps): Promise<Metadata> {
    const locale = await getPageLocale(params);
    const { slug } = await params;
    const publication = await getPublication(slug, locale);
    if (!publication) return {};
    return {
      title: publication.title.text,
      description: publication.summary?.text,
      alternates: {
        ...localeAlternates(locale, publicRoutes.publication(publication)),
        types: await feedLinks(locale),
      },
    };
  }

  async function PublicationPage({ params }: DetailProps) {
    const locale = await getPageLocale(params);
    const { slug } = await params;
    const publication = await getPublication(slug, locale);
    if (!publication) notFound();
    return <PublicationArticle section={section} publication={publication} />;
  }

  return {
    generateMetadata,
    // Rendered on first visit, then served from the cache like the other public pages.
    generateStaticParams: () => [],
    default: PublicationPage,
  };
}
