import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { LetterList } from "@/components/letter/letter-list";
import { listPublicLetters } from "@/lib/data/letters";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Letters" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.letters()),
  };
}

export default async function LettersPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const [t, letters] = await Promise.all([
    getTranslations("Letters"),
    listPublicLetters({ locale }),
  ]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      {letters.length > 0 ? (
        <LetterList letters={letters} headingLevel={2} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{t("empty")}</p>
      )}
    </Container>
  );
}
