import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { absoluteUrl } from "@/components/profile/absolute-url";
import { CasesSection } from "@/components/profile/cases-section";
import { CitationRefs } from "@/components/profile/citation-refs";
import { HelpSection } from "@/components/profile/help-section";
import { InaccuracyReportSection } from "@/components/profile/inaccuracy-report-section";
import { KeyFacts } from "@/components/profile/key-facts";
import { buildPersonJsonLd, serializeJsonLd } from "@/components/profile/person-json-ld";
import { PoliticalPrisonerSection } from "@/components/profile/political-prisoner-section";
import { ProfileHeader } from "@/components/profile/profile-header";
import { ProfileSection } from "@/components/profile/profile-section";
import { PublicationsSection } from "@/components/profile/publications-section";
import { ShareLinks } from "@/components/profile/share-links";
import { SourcesSection } from "@/components/profile/sources-section";
import { TimelineSection } from "@/components/profile/timeline-section";
import { RichText } from "@/components/rich-text/rich-text";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import { feedAlternate, prisonerFeedPath } from "@/lib/data/feeds";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { reportInaccuracy } from "./report-inaccuracy";

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Profiles are cached pages (ISR), refreshed within seconds of an edit through the cache tags of
 * lib/data/prisoner-profile.ts, and re-rendered at least hourly anyway: "time in detention" is
 * counted at render time and must never be more than a day behind.
 */
export const revalidate = 3600;

/** None at build time (the build needs no database); each profile is rendered on first request. */
export function generateStaticParams() {
  return [];
}

// generateMetadata and the page need the same profile: one read per render.
const getProfile = cache((slug: string, locale: Locale) =>
  getPublishedPrisonerProfile(slug, locale),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const profile = await getProfile(slug, locale);
  if (!profile) return {};
  const path = `/prisoners/${slug}`;
  const title = profile.name.text;
  const tFeeds = await getTranslations({ locale, namespace: "PublicationsFeeds" });
  const alternates = {
    ...localeAlternates(locale, path),
    types: feedAlternate(
      locale,
      prisonerFeedPath(slug),
      tFeeds("prisonerFeedLink", { name: title }),
    ),
  };
  const description = profile.summary?.text;
  return {
    title,
    description,
    alternates,
    // The share image comes from opengraph-image.tsx next to this page.
    openGraph: {
      type: "profile",
      title,
      description,
      url: getPathname({ href: path, locale }),
      locale,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function PrisonerProfilePage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const profile = await getProfile(slug, locale);
  if (!profile) notFound();

  const [t, tNav] = await Promise.all([
    getTranslations("ProfilePage"),
    getTranslations("Navigation"),
  ]);
  const url = absoluteUrl(getPathname({ href: `/prisoners/${slug}`, locale }));
  const jsonLd = buildPersonJsonLd(profile, {
    url,
    locale,
    imageUrl: profile.photo ? absoluteUrl(profile.photo.src) : undefined,
  });
  const lastUpdated = profile.lastUpdated
    ? { iso: profile.lastUpdated.slice(0, 10), precision: "DAY" as const }
    : null;

  return (
    // In print: black on white whatever the colour scheme (print:[&_*] reaches every descendant).
    <div className="print:bg-white print:text-black print:[&_*]:bg-transparent print:[&_*]:text-black">
      <script
        type="application/ld+json"
        // A data block, not a script: it is never executed, so the CSP does not apply to it.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
      />
      <Container width="prose" className="flex flex-col gap-10 print:py-0">
        <div>
          <div className="print:hidden">
            <BackLink href="/prisoners" section={tNav("prisoners")} />
          </div>
          <ProfileHeader profile={profile} />
          {profile.hasFallbackText ? <FallbackNotice /> : null}
        </div>

        <KeyFacts profile={profile} today={new Date()} />

        <ProfileSection id="about" title={t("aboutHeading")}>
          <div className="flex flex-col gap-4">
            {profile.biography ? (
              <RichText
                doc={profile.biography.doc}
                lang={langOf(profile.biography)}
                headingOffset={1}
              />
            ) : (
              <p className="text-slate-700 dark:text-slate-300">{t("noSummary")}</p>
            )}
            {profile.generalCitations.length > 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300 print:text-black">
                {t("sourcesOfProfile")}
                <CitationRefs refs={profile.generalCitations} />
              </p>
            ) : null}
          </div>
        </ProfileSection>

        <PoliticalPrisonerSection profile={profile} />
        <CasesSection profile={profile} />
        <TimelineSection profile={profile} />
        <HelpSection profile={profile} />
        <PublicationsSection profile={profile} />
        <SourcesSection profile={profile} />

        <div className="flex flex-col gap-6 border-t border-slate-200 pt-8 dark:border-slate-700">
          {lastUpdated ? (
            <p className="text-sm text-slate-700 dark:text-slate-300 print:text-black">
              {t.rich("lastUpdated", await richDateValues(lastUpdated))}
            </p>
          ) : null}
          <ShareLinks url={url} name={profile.name.text} summary={profile.summary?.text ?? null} />
        </div>

        <InaccuracyReportSection slug={slug} locale={locale} action={reportInaccuracy} />
      </Container>
    </div>
  );
}
