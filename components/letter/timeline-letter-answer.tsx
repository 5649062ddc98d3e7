import { getTranslations } from "next-intl/server";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import { Link } from "@/lib/i18n/navigation";
import type { ProfileLetterAnswerDto } from "@/lib/letter-answers/prisoner-letter-answers";
import { publicRoutes } from "@/lib/routes";

/** An addressee's published answer to a letter about the prisoner, as an item of their timeline. */
export async function TimelineLetterAnswer({ answer }: { answer: ProfileLetterAnswerDto }) {
  const t = await getTranslations("LetterOutcomes");
  return (
    <li id={`letter-answer-${answer.id}`} className="relative scroll-mt-4">
      <span aria-hidden="true" className="timeline-dot" />
      <p className="text-sm font-medium profile-muted">
        <DateText date={answer.receivedOn} />
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {t("timelineAnswerType")}
      </p>
      <h3 className="text-lg font-semibold profile-heading">
        <Link
          href={`${publicRoutes.letter(answer.letter.slug)}#answer-${answer.id}`}
          className="underline underline-offset-2"
        >
          {t.rich("timelineAnswer", {
            title: answer.letter.title.text,
          })}
        </Link>
      </h3>
      <p className="mt-1 max-w-prose profile-text">
        {t("timelineAnswerBy", { answeredBy: answer.answeredBy })}{" "}
        {answer.summary ? <span lang={langOf(answer.summary)}>{answer.summary.text}</span> : null}
      </p>
    </li>
  );
}
