import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { StatisticsPanel } from "@/components/statistics/statistics-panel";
import { getPrisonerStatistics } from "@/lib/data/statistics";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "StatisticsPage" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.statistics()),
  };
}

export default async function StatisticsPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const [t, statistics] = await Promise.all([
    getTranslations("StatisticsPage"),
    getPrisonerStatistics(locale),
  ]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <StatisticsPanel statistics={statistics} />
    </Container>
  );
}
