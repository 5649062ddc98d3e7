import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CitationRefs } from "@/components/profile/citation-refs";
import { ProfileSection } from "@/components/profile/profile-section";
import { SentenceText } from "@/components/profile/sentence-text";
import { DateText } from "@/components/ui/date-text";
import { Localized, langOf } from "@/components/ui/localized";
import type { ProfileCaseDto, PrisonerProfileDto } from "@/lib/data/prisoner-profile";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-row">
      <dt className="font-semibold profile-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

async function CaseCard({ item }: { item: ProfileCaseDto }) {
  const t = await getTranslations("ProfileCases");
  const court = [item.court, item.courtCity].filter((value) => value !== null);
  const dates = (
    [
      ["detainedOn", item.detainedOn],
      ["indictedOn", item.indictedOn],
      ["trialStartedOn", item.trialStartedOn],
      ["verdictOn", item.verdictOn],
    ] as const
  ).flatMap(([key, date]) => (date ? [[key, date] as const] : []));

  return (
    <article className="rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:border-black">
      <h3 lang={langOf(item.title)} className="text-lg profile-heading">
        {item.title?.text ?? t("untitledCase")}
        <CitationRefs refs={item.citations} />
      </h3>
      <dl className="mt-3 flex flex-col gap-2">
        <Row label={t("stage")}>{t(`stageName.${item.stage}`)}</Row>
        {item.caseNumber ? <Row label={t("caseNumber")}>{item.caseNumber}</Row> : null}
        {court.length > 0 ? (
          <Row label={t("court")}>
            {court.map((part, index) => (
              <span key={index}>
                {index > 0 ? ", " : null}
                <Localized value={part} />
              </span>
            ))}
          </Row>
        ) : null}
        {dates.map(([key, date]) => (
          <Row key={key} label={t(key)}>
            <DateText date={date} />
          </Row>
        ))}
        {item.sentence ? (
          <Row label={t("sentence")}>
            <SentenceText sentence={item.sentence} />
          </Row>
        ) : null}
        {item.appealDecidedOn ? (
          <Row label={t("appealDecidedOn")}>
            <DateText date={item.appealDecidedOn} />
          </Row>
        ) : null}
        {item.appealOutcome ? (
          <Row label={t("appealOutcome")}>
            <Localized value={item.appealOutcome} />
          </Row>
        ) : null}
        {item.expectedReleaseOn ? (
          <Row label={t("expectedRelease")}>
            <DateText date={item.expectedReleaseOn} />
          </Row>
        ) : null}
        {item.notes ? (
          <Row label={t("notes")}>
            <Localized value={item.notes} />
          </Row>
        ) : null}
      </dl>
      <h4 className="mt-4 profile-heading">{t("chargesHeading")}</h4>
      {item.charges.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-2">
          {item.charges.map((charge, index) => (
            <li key={index} className="border-s-4 border-slate-300 ps-3 dark:border-slate-600">
              <span className="font-semibold">
                {charge.part
                  ? t("articleWithPart", { article: charge.article, part: charge.part })
                  : t("article", { article: charge.article })}
              </span>
              {charge.title ? (
                <>
                  {" — "}
                  <Localized value={charge.title} />
                </>
              ) : null}
              <span className="block text-sm profile-muted">
                <Localized value={charge.code} />
              </span>
              {charge.note ? (
                <span lang={langOf(charge.note)} className="block">
                  {charge.note.text}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 profile-muted">{t("noCharges")}</p>
      )}
    </article>
  );
}

/** Charges (criminal-code article and title) and the history of each case. */
export async function CasesSection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileCases");
  return (
    <ProfileSection id="cases" title={t("heading")}>
      {profile.cases.length > 0 ? (
        <div className="flex flex-col gap-4">
          {profile.cases.map((item) => (
            <CaseCard key={item.id} item={item} />
          ))}
        </div>
      ) : (
        <p className="profile-muted">{t("none")}</p>
      )}
    </ProfileSection>
  );
}
