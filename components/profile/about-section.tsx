import { getTranslations } from "next-intl/server";
import { CitationRefs } from "@/components/profile/citation-refs";
import { ProfileSection } from "@/components/profile/profile-section";
import { RichText } from "@/components/rich-text/rich-text";
import { langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/** "About the case": the biography, and the sources of the profile as a whole. */
export async function AboutSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfilePage");
  return (
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
  );
}
