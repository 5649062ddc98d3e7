import { getTranslations } from "next-intl/server";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { CasesSection } from "@/components/profile/cases-section";
import { CitationRefs } from "@/components/profile/citation-refs";
import { HelpSection } from "@/components/profile/help-section";
import { KeyFacts } from "@/components/profile/key-facts";
import { PoliticalPrisonerSection } from "@/components/profile/political-prisoner-section";
import { ProfileHeader } from "@/components/profile/profile-header";
import { ProfileSection } from "@/components/profile/profile-section";
import { PublicationsSection } from "@/components/profile/publications-section";
import { SourcesSection } from "@/components/profile/sources-section";
import { TimelineSection } from "@/components/profile/timeline-section";
import { RichText } from "@/components/rich-text/rich-text";
import { langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/**
 * The public profile's body, built from the same DTO (toPrisonerProfileDto) with the same
 * section components as app/[locale]/(public)/prisoners/[slug]/page.tsx, in the same order. Left
 * out: what only makes sense on the live page (share links, the inaccuracy report form, JSON-LD).
 */
export async function PrisonerPreview({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfilePage");
  return (
    <div className="flex max-w-prose flex-col gap-10">
      <div>
        <ProfileHeader profile={profile} />
        {profile.hasFallbackText ? <FallbackNotice /> : null}
      </div>
      <KeyFacts profile={profile} today={new Date()} />
      <ProfileSection id="about" title={t("aboutHeading")}>
        <div className="flex flex-col gap-4 text-slate-900 dark:text-slate-100">
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
            <p className="text-sm text-slate-700 dark:text-slate-300">
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
    </div>
  );
}
