import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublicationArticle } from "@/components/publication/publication-article";
import { publicationSections } from "@/components/publication/publication-sections";
import { getPublishedPublicationBySlug } from "@/lib/data/publications";
import type { Locale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

const section = publicationSections.reports;

const getPublication = cache((slug: string, locale: Locale) =>
  getPublishedPublicationBySlug({ slug, locale, types: section.types }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const publication = await getPublication(slug, locale);
  if (!publication) return {};
  return {
    title: publication.title.text,
    description: publication.summary?.text,
    alternates: localeAlternates(locale, `${section.path}/${slug}`),
  };
}

export default async function ReportPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const publication = await getPublication(slug, locale);
  if (!publication) notFound();
  return <PublicationArticle section="reports" publication={publication} />;
}
