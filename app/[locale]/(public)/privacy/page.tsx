import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextSections } from "@/components/content/text-sections";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

const sectionIds = [
  "controller",
  "browsing",
  "cookies",
  "signing",
  "following",
  "retention",
  "sharing",
  "rights",
  "security",
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.privacy()),
  };
}

export default async function PrivacyPage({ params }: Props) {
  await getPageLocale(params);
  const t = await getTranslations("Privacy");
  return (
    <Container width="prose">
      <PageHeader title={t("title")} lead={t("lead")} />
      <TextSections
        sections={sectionIds.map((id) => ({
          id,
          title: t(`sections.${id}.title`),
          paragraphs: t(`sections.${id}.body`).split("\n\n"),
        }))}
      />
    </Container>
  );
}
