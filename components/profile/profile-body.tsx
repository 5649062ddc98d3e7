import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { AboutSection } from "@/components/profile/about-section";
import { CasesSection } from "@/components/profile/cases-section";
import { DetentionHistorySection } from "@/components/profile/detention-history-section";
import { HelpSection } from "@/components/profile/help-section";
import { KeyFacts } from "@/components/profile/key-facts";
import { PoliticalPrisonerSection } from "@/components/profile/political-prisoner-section";
import { ProfileHeader } from "@/components/profile/profile-header";
import { PublicationsSection } from "@/components/profile/publications-section";
import { SourcesSection } from "@/components/profile/sources-section";
import { TimelineSection } from "@/components/profile/timeline-section";
import { richDateValues } from "@/components/ui/date-text";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";
import type { ProfileLetterAnswerDto } from "@/lib/letter-answers/prisoner-letter-answers";

interface ProfileBodyProps {
  profile: PrisonerProfileDto;
  /** Above the name: the public page's way back to the directory. */
  backLink?: ReactNode;
  /** After "last updated": what only a published page can offer (the share links). */
  share?: ReactNode;
  /** Published answers to letters about the prisoner, shown on the timeline. */
  letterAnswers?: readonly ProfileLetterAnswerDto[];
  /** After the key facts: "Sponsored by …" (components/sponsors/profile-sponsors.tsx). */
  sponsors?: ReactNode;
}

/**
 * The body of a prisoner's profile, the one rendering of it: the public page
 * (app/[locale]/(public)/prisoners/[slug]/page.tsx) and the dashboard's preview of a draft both
 * show this, so that the preview is exactly what the public will see. The sections come in the
 * order in which toPrisonerProfileDto numbers the citations. Its children are siblings in the
 * caller's column (a fragment), which sets the spacing between them.
 */
export async function ProfileBody({
  profile,
  backLink,
  share,
  letterAnswers,
  sponsors,
}: ProfileBodyProps) {
  const t = await getTranslations("ProfilePage");
  const lastUpdated = profile.lastUpdated
    ? { iso: profile.lastUpdated.slice(0, 10), precision: "DAY" as const }
    : null;
  return (
    <>
      <div>
        {backLink}
        <ProfileHeader profile={profile} />
        {profile.hasFallbackText ? <FallbackNotice /> : null}
      </div>

      <KeyFacts profile={profile} today={new Date()} />
      {sponsors}
      <AboutSection profile={profile} />
      <PoliticalPrisonerSection profile={profile} />
      <CasesSection profile={profile} />
      <DetentionHistorySection profile={profile} />
      <TimelineSection profile={profile} letterAnswers={letterAnswers} />
      <HelpSection profile={profile} />
      <PublicationsSection profile={profile} />
      <SourcesSection profile={profile} />

      {lastUpdated || share ? (
        <div className="flex flex-col gap-6 border-t border-slate-200 pt-8 dark:border-slate-700">
          {lastUpdated ? (
            <p className="text-sm text-slate-700 dark:text-slate-300 print:text-black">
              {t.rich("lastUpdated", await richDateValues(lastUpdated))}
            </p>
          ) : null}
          {share}
        </div>
      ) : null}
    </>
  );
}
