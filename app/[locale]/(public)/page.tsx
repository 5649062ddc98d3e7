import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeSection } from "@/components/home/home-section";
import { KeyFigures } from "@/components/home/key-figures";
import { Container } from "@/components/layout/container";
import { LetterList } from "@/components/letter/letter-list";
import { PublicationList } from "@/components/publication/publication-list";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { getHomePage } from "@/lib/data/home";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  return { alternates: localeAlternates(locale, publicRoutes.home()) };
}

export default async function HomePage({ params }: Props) {
  const locale = await getPageLocale(params);
  const [t, tCalendar, home] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Calendar"),
    getHomePage(locale),
  ]);

  return (
    <Container className="flex flex-col gap-16">
      <div className="flex flex-col gap-6">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-slate-50">
          {t("title")}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 sm:text-xl dark:text-slate-300">
          {t("lead")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button href={publicRoutes.prisoners()}>{t("browsePrisoners")}</Button>
          <Button href={publicRoutes.letters()} variant="secondary">
            {t("browseLetters")}
          </Button>
        </div>
      </div>

      <HomeSection
        id="figures"
        title={t("figuresHeading")}
        actions={<TextLink href={publicRoutes.calendar()}>{tCalendar("homeLink")}</TextLink>}
      >
        <KeyFigures figures={home.figures} />
      </HomeSection>

      <HomeSection
        id="publications"
        title={t("publicationsHeading")}
        actions={
          <>
            <TextLink href={publicRoutes.news()}>{t("allNews")}</TextLink>
            <TextLink href={publicRoutes.reports()}>{t("allReports")}</TextLink>
          </>
        }
      >
        {home.latestPublications.length > 0 ? (
          <PublicationList publications={home.latestPublications} headingLevel={3} showType />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("publicationsEmpty")}</p>
        )}
      </HomeSection>

      <HomeSection
        id="open-letters"
        title={t("lettersHeading")}
        actions={<TextLink href={publicRoutes.letters()}>{t("allLetters")}</TextLink>}
      >
        {home.openLetters.length > 0 ? (
          <LetterList letters={home.openLetters} headingLevel={3} />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("lettersEmpty")}</p>
        )}
      </HomeSection>
    </Container>
  );
}
