import { getLocale, getTranslations } from "next-intl/server";
import { fileSizeText } from "@/components/content/file-size";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { LetterAnswerDto } from "@/lib/letter-answers/letter-outcome-dto";

/** The addressee's published answers: who, when, the summary, the text and the PDF if any. */
export async function LetterAnswers({ answers }: { answers: LetterAnswerDto[] }) {
  const [t, locale] = await Promise.all([getTranslations("LetterOutcomes"), getLocale()]);
  return (
    <ol className="flex flex-col gap-4" data-testid="letter-answers">
      {await Promise.all(
        answers.map(async (answer) => (
          <li
            key={answer.id}
            id={`answer-${answer.id}`}
            className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
          >
            <p className="font-medium text-slate-900 dark:text-slate-100">
              {t.rich("answerFrom", {
                ...(await richDateValues(answer.receivedOn)),
                answeredBy: answer.answeredBy,
              })}
            </p>
            {answer.summary ? (
              <p lang={langOf(answer.summary)} className="text-slate-900 dark:text-slate-100">
                {answer.summary.text}
              </p>
            ) : null}
            {answer.text ? (
              <details className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                <summary className="cursor-pointer font-semibold">{t("answerText")}</summary>
                <p lang={answer.text.lang ?? undefined} className="mt-2 whitespace-pre-line">
                  {answer.text.text}
                </p>
              </details>
            ) : null}
            {answer.document ? (
              <p>
                <a
                  href={answer.document.href}
                  className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
                >
                  {t("answerDocument", { size: fileSizeText(answer.document.byteSize, locale) })}
                </a>
              </p>
            ) : null}
          </li>
        )),
      )}
    </ol>
  );
}

/** The "Answers" section of a letter's page; nothing while no answer is published. */
export async function LetterAnswersSection({ answers }: { answers: LetterAnswerDto[] }) {
  if (answers.length === 0) return null;
  const t = await getTranslations("LetterOutcomes");
  return (
    <section aria-labelledby="answers-heading" className="mt-10 flex flex-col gap-4">
      <h2 id="answers-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {t("answersHeading")}
      </h2>
      <LetterAnswers answers={answers} />
    </section>
  );
}
