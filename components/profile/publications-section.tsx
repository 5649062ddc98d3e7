import { getTranslations } from "next-intl/server";
import { ProfileSection } from "@/components/profile/profile-section";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/** News, statements and reports about this person. */
export async function PublicationsSection({ profile }: { profile: PrisonerProfileDto }) {
  if (profile.publications.length === 0) return null;
  const [t, tType] = await Promise.all([
    getTranslations("ProfilePublications"),
    getTranslations("PublicationType"),
  ]);
  return (
    <ProfileSection id="publications" title={t("heading")}>
      <ul className="flex flex-col gap-3">
        {profile.publications.map((publication) => (
          <li key={publication.slug} className="flex flex-col">
            <span className="text-sm profile-muted">
              {tType(publication.type)}
              {publication.publishedOn ? (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  <DateText date={publication.publishedOn} />
                </>
              ) : null}
            </span>
            <TextLink href={publication.href} lang={langOf(publication.title)}>
              {publication.title.text}
            </TextLink>
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}
