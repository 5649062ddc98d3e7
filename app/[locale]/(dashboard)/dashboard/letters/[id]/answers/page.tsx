import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { dayValue, localizedValues } from "@/components/dashboard/content/content-form-values";
import {
  LetterAnswerForm,
  LetterAnswerStateForm,
} from "@/components/dashboard/letter/letter-answer-form";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { WorkflowStateBadge } from "@/components/dashboard/workflow/workflow-state-badge";
import { saveLetterAnswerAction } from "@/lib/actions/letters/save-letter-answer";
import { setLetterAnswerStateAction } from "@/lib/actions/letters/set-letter-answer-state";
import { can } from "@/lib/auth/policy";
import { getPageLocale } from "@/lib/i18n/page-locale";
import {
  getLetterOutcomesForEditor,
  listPdfOptions,
  type LetterAnswerEditorDto,
} from "@/lib/letter-answers/answer-editor-list";
import { loadLetterPage, type LetterPageProps } from "../load-letter-page";

export async function generateMetadata({ params }: LetterPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "LetterAnswerEditor" });
  return { title: t("pageTitle") };
}

function answerValues(answer: LetterAnswerEditorDto) {
  return {
    receivedOn: dayValue(answer.receivedOn),
    answeredBy: answer.answeredBy,
    text: answer.text ?? "",
    textLang: answer.textLang ?? "",
    documentId: answer.documentId ?? "",
    ...localizedValues("summary", answer.summary),
  };
}

/**
 * The addressee's answers to a letter (record, edit, publish) and the milestones it reached.
 * Everyone on staff reads it; recording needs `update` on the letter, publishing `publish`.
 */
export default async function LetterAnswersPage(props: LetterPageProps) {
  const { actor, letter, frame } = await loadLetterPage(props);
  const [t, format, outcomes] = await Promise.all([
    getTranslations("LetterAnswerEditor"),
    getFormatter(),
    getLetterOutcomesForEditor(actor, letter.id),
  ]);
  const mayEdit = can(actor, "update", { type: "letter", state: letter.state });
  const mayPublish = can(actor, "publish", { type: "letter", state: letter.state });
  const documents = mayEdit
    ? await listPdfOptions(
        actor,
        outcomes.answers.flatMap((answer) => (answer.documentId ? [answer.documentId] : [])),
      )
    : [];
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <LetterEditorFrame actor={actor} letter={frame} tab="answers">
      <p className="max-w-prose text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {outcomes.thresholds.length > 0 ? (
        <section aria-labelledby="milestones-heading" className="flex flex-col gap-2">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            {t("thresholdsLegend")}
          </h2>
          <ul className="flex flex-col gap-1">
            {outcomes.thresholds.map((threshold) => (
              <li key={threshold.count}>
                {format.number(threshold.count)}: {threshold.label.en ?? ""}
                {threshold.reachedAt
                  ? ` · ${t("reached", { date: day(threshold.reachedAt) })}`
                  : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="answers-heading" className="flex flex-col gap-6">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answersHeading")}
        </h2>
        {outcomes.answers.length === 0 ? <p>{t("noAnswers")}</p> : null}
        <LetterClientMessages>
          {outcomes.answers.map((answer) => (
            <article
              key={answer.id}
              aria-labelledby={`answer-${answer.id}-heading`}
              className="flex flex-col gap-4 rounded-md border border-slate-300 p-4 dark:border-slate-600"
            >
              <h3 id={`answer-${answer.id}-heading`} className="text-lg font-semibold">
                {t("editAnswer", { date: day(answer.receivedOn) })}{" "}
                <WorkflowStateBadge
                  state={answer.state}
                  label={t(answer.state === "PUBLISHED" ? "published" : "draft")}
                />
              </h3>
              {mayEdit ? (
                <LetterAnswerForm
                  action={saveLetterAnswerAction}
                  letterId={letter.id}
                  answerId={answer.id}
                  version={letter.version}
                  initialValues={answerValues(answer)}
                  documents={documents}
                  idPrefix={`answer-${answer.id}`}
                />
              ) : null}
              {mayPublish ? (
                <LetterAnswerStateForm
                  action={setLetterAnswerStateAction}
                  letterId={letter.id}
                  answerId={answer.id}
                  version={letter.version}
                  publish={answer.state !== "PUBLISHED"}
                  idPrefix={`answer-state-${answer.id}`}
                />
              ) : null}
            </article>
          ))}
          {mayEdit ? (
            <section aria-labelledby="new-answer-heading" className="flex flex-col gap-4">
              <h3 id="new-answer-heading" className="text-lg font-semibold">
                {t("newAnswer")}
              </h3>
              <LetterAnswerForm
                action={saveLetterAnswerAction}
                letterId={letter.id}
                version={letter.version}
                initialValues={{}}
                documents={documents}
                idPrefix="new-answer"
              />
            </section>
          ) : null}
        </LetterClientMessages>
      </section>
    </LetterEditorFrame>
  );
}
