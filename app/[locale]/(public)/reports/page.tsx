import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicationIndex } from "@/components/publication/publication-index";
import { publicationSections } from "@/components/publication/publication-sections";
import { listPublishedPublications } from "@/lib/data/publications";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

const section = publicationSections.reports;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Publications" });
  return {
    title: t("reportsTitle"),
    description: t("reportsLead"),
    alternates: localeAlternates(locale, section.path),
  };
}

export default async function ReportsPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const publications = await listPublishedPublications({ locale, types: section.types });
  return <PublicationIndex section="reports" publications={publications} />;
}
