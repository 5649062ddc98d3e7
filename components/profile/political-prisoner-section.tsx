import { getTranslations } from "next-intl/server";
import { CitationRefs } from "@/components/profile/citation-refs";
import { ProfileSection } from "@/components/profile/profile-section";
import { richDateValues } from "@/components/ui/date-text";
import { Localized, langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/**
 * "Why a political prisoner": the PACE Resolution 1900 (2012) criteria the editors consider met,
 * each with their reasoning and sources, and the organisations that recognise the person.
 */
export async function PoliticalPrisonerSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileCriteria");
  return (
    <ProfileSection id="why-political-prisoner" title={t("heading")}>
      {profile.criteria.length > 0 ? (
        <>
          <p className="mb-4 max-w-prose text-slate-800 dark:text-slate-200">{t("lead")}</p>
          <ul className="mb-8 flex flex-col gap-4">
            {profile.criteria.map((assessment) => (
              <li
                key={assessment.criterion}
                className="rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:border-black"
              >
                <h3 className="text-lg profile-heading">
                  {t(`criterion.${assessment.criterion}`)}
                </h3>
                <p className="mt-1 text-sm profile-muted">
                  {t(`criterionText.${assessment.criterion}`)}
                </p>
                {assessment.reasoning ? (
                  <p className="mt-3">
                    <strong>{t("reasoning")}: </strong>
                    <span lang={langOf(assessment.reasoning)}>{assessment.reasoning.text}</span>
                    <CitationRefs refs={assessment.citations} />
                  </p>
                ) : (
                  <CitationRefs refs={assessment.citations} />
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mb-8 profile-muted">{t("none")}</p>
      )}

      <h3 className="mb-3 text-lg profile-heading">{t("recognitionsHeading")}</h3>
      {profile.recognitions.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {await Promise.all(
            profile.recognitions.map(async (recognition, index) => (
              <li key={index}>
                <span className="font-semibold">
                  {recognition.organisationUrl ? (
                    <TextLink href={recognition.organisationUrl}>
                      <Localized value={recognition.organisationName} />
                    </TextLink>
                  ) : (
                    <Localized value={recognition.organisationName} />
                  )}
                </span>
                {": "}
                {t(`recognitionKind.${recognition.kind}`)}
                {recognition.recognisedOn ? (
                  <> ({t.rich("recognisedOn", await richDateValues(recognition.recognisedOn))})</>
                ) : null}
                <CitationRefs refs={recognition.citations} />
                {recognition.note ? (
                  <span lang={langOf(recognition.note)} className="block profile-muted">
                    {recognition.note.text}
                  </span>
                ) : null}
                {recognition.url ? (
                  <span className="block">
                    <TextLink href={recognition.url}>
                      {t("recognitionLink", { organisation: recognition.organisationName.text })}
                    </TextLink>
                  </span>
                ) : null}
              </li>
            )),
          )}
        </ul>
      ) : (
        <p className="profile-muted">{t("noRecognitions")}</p>
      )}
    </ProfileSection>
  );
}
