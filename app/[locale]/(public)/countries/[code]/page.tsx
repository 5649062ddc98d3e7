import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CountryFigures } from "@/components/country/country-figures";
import { CountryPrisonerList } from "@/components/country/country-prisoner-list";
import { FollowSection } from "@/components/follow/follow-section";
import { HomeSection } from "@/components/home/home-section";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { LetterList } from "@/components/letter/letter-list";
import { PublicationList } from "@/components/publication/publication-list";
import { langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import { getCountryOverview } from "@/lib/data/countries";
import { getShownFollowerCount } from "@/lib/follows/follower-counts";
import type { Locale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes, withQuery } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; code: string }> };

// Rendered on first visit, then served from the cache like the other public pages.
export function generateStaticParams() {
  return [];
}

/** The URL carries the ISO code in lower case ("/en/countries/kz"); anything else is a 404. */
const getCountry = cache((code: string, locale: Locale) =>
  /^[a-z]{2}$/.test(code) ? getCountryOverview(code, locale) : Promise.resolve(null),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { code } = await params;
  const country = await getCountry(code, locale);
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: "CountryPage" });
  return {
    title: t("metaTitle", { country: country.name.text }),
    description: t("lead", { country: country.name.text }),
    alternates: localeAlternates(locale, publicRoutes.country(country.code)),
  };
}

export default async function CountryPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { code } = await params;
  const country = await getCountry(code, locale);
  if (!country) notFound();

  const followTarget = { kind: "country", key: country.code.toLowerCase() } as const;
  const [t, tNav, followers] = await Promise.all([
    getTranslations("CountryPage"),
    getTranslations("PagesNavigation"),
    getShownFollowerCount(followTarget),
  ]);
  const name = country.name.text;
  const filter = { country: country.code.toLowerCase() };

  return (
    <Container className="flex flex-col gap-14">
      <div>
        <BackLink href={publicRoutes.countries()} section={tNav("countries")} />
        <PageHeader
          title={name}
          titleLang={langOf(country.name)}
          lead={t("lead", { country: name })}
        />
      </div>

      <HomeSection id="figures" title={t("figuresHeading")}>
        <CountryFigures country={country} />
      </HomeSection>

      <HomeSection id="prisoners" title={t("prisonersHeading")}>
        {country.prisoners.length > 0 ? (
          <>
            {country.documented > country.prisoners.length ? (
              <p className="text-slate-700 dark:text-slate-300">
                {t("prisonersShown", {
                  shown: country.prisoners.length,
                  total: country.documented,
                })}
              </p>
            ) : null}
            <CountryPrisonerList prisoners={country.prisoners} />
            {country.documented > country.prisoners.length ? (
              <p>
                <TextLink href={withQuery(publicRoutes.prisoners(), filter)}>
                  {t("allPrisoners", { total: country.documented, country: name })}
                </TextLink>
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("prisonersEmpty")}</p>
        )}
      </HomeSection>

      <HomeSection
        id="publications"
        title={t("publicationsHeading")}
        actions={
          country.latestPublications.length > 0 ? (
            <>
              <TextLink href={withQuery(publicRoutes.news(), filter)}>
                {t("allNews", { country: name })}
              </TextLink>
              <TextLink href={withQuery(publicRoutes.reports(), filter)}>
                {t("allReports", { country: name })}
              </TextLink>
            </>
          ) : undefined
        }
      >
        {country.latestPublications.length > 0 ? (
          <PublicationList publications={country.latestPublications} headingLevel={3} showType />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("publicationsEmpty")}</p>
        )}
      </HomeSection>

      <HomeSection id="letters" title={t("lettersHeading")}>
        {country.letters.length > 0 ? (
          <LetterList letters={country.letters} headingLevel={3} />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("lettersEmpty")}</p>
        )}
      </HomeSection>

      <div className="max-w-3xl">
        <FollowSection target={followTarget} name={name} count={followers} />
      </div>
    </Container>
  );
}
