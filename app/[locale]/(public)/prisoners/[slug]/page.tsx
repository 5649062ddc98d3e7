import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { absoluteUrl } from "@/components/profile/absolute-url";
import { InaccuracyReportSection } from "@/components/profile/inaccuracy-report-section";
import { buildPersonJsonLd, serializeJsonLd } from "@/components/profile/person-json-ld";
import { ProfileBody } from "@/components/profile/profile-body";
import { ShareLinks } from "@/components/profile/share-links";
import { EmbedCode } from "@/components/embeds/embed-code";
import { FollowSection } from "@/components/follow/follow-section";
import { ProfileSponsors } from "@/components/sponsors/profile-sponsors";
import { reportInaccuracy } from "@/lib/actions/reports/report-inaccuracy";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { getShownFollowerCount } from "@/lib/follows/follower-counts";
import { prisonerFeedAlternate } from "@/lib/feeds/feed-links";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { getProfileLetterAnswers } from "@/lib/letter-answers/prisoner-letter-answers";
import type { Locale } from "@/lib/i18n/routing";
import { publicRoutes } from "@/lib/routes";
import { getPublicPrisonerSponsors } from "@/lib/sponsors/public-sponsors";

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Profiles are cached pages (ISR), refreshed within seconds of an edit through the cache tags of
 * lib/data/prisoner-profile/, and re-rendered at least hourly anyway: "time in detention" is
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
  const path = publicRoutes.prisoner(slug);
  const title = profile.name.text;
  const tFeeds = await getTranslations({ locale, namespace: "PublicationsFeeds" });
  const alternates = {
    ...localeAlternates(locale, path),
    types: prisonerFeedAlternate(locale, slug, tFeeds("prisonerFeedLink", { name: title })),
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

  const [tNav, letterAnswers, sponsors, tEmbeds, followers] = await Promise.all([
    getTranslations("Navigation"),
    getProfileLetterAnswers(slug, locale),
    getPublicPrisonerSponsors(slug, locale),
    getTranslations("Embeds"),
    getShownFollowerCount({ kind: "prisoner", key: slug }),
  ]);
  const url = absoluteUrl(getPathname({ href: publicRoutes.prisoner(slug), locale }));
  const jsonLd = buildPersonJsonLd(profile, {
    url,
    locale,
    imageUrl: profile.photo ? absoluteUrl(profile.photo.src) : undefined,
  });

  return (
    // In print: black on white whatever the colour scheme (print:[&_*] reaches every descendant).
    <div className="print:bg-white print:text-black print:[&_*]:bg-transparent print:[&_*]:text-black">
      <script
        type="application/ld+json"
        // A data block, not a script: it is never executed, so the CSP does not apply to it.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
      />
      <Container width="prose" className="flex flex-col gap-10 print:py-0">
        <ProfileBody
          profile={profile}
          letterAnswers={letterAnswers}
          sponsors={<ProfileSponsors sponsors={sponsors} />}
          backLink={
            <div className="print:hidden">
              <BackLink href={publicRoutes.prisoners()} section={tNav("prisoners")} />
            </div>
          }
          share={
            <>
              <ShareLinks
                url={url}
                name={profile.name.text}
                summary={profile.summary?.text ?? null}
              />
              <EmbedCode
                id="prisoner-embed"
                locale={locale}
                path={publicRoutes.embedPrisoner(slug)}
                title={tEmbeds("prisonerTitle", { name: profile.name.text })}
              />
            </>
          }
        />
        <FollowSection
          target={{ kind: "prisoner", key: slug }}
          name={profile.name.text}
          count={followers}
        />
        <InaccuracyReportSection slug={slug} locale={locale} action={reportInaccuracy} />
      </Container>
    </div>
  );
}
