import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterDto } from "@/lib/data/letters";

type PetitionProgress = Pick<LetterDto, "goal" | "signatureCount" | "deadline" | "state">;

/**
 * A petition's progress towards its goal. The sentence carries the figures; the bar repeats
 * them for the eye only, so it is hidden from assistive technology.
 */
export async function LetterProgress({ letter }: { letter: PetitionProgress }) {
  const [t, format] = await Promise.all([getTranslations("LettersPage"), getFormatter()]);
  const { goal, signatureCount, deadline } = letter;
  const share = goal && goal > 0 ? Math.min(1, signatureCount / goal) : null;
  const deadlineDate = deadline ? new Date(deadline) : null;

  return (
    <div className="flex flex-col gap-2">
      {goal ? (
        <>
          <p className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("progress", {
              count: format.number(signatureCount),
              goal: format.number(goal),
            })}
            {share !== null ? (
              <span className="font-normal text-slate-700 dark:text-slate-300">
                {" "}
                ({t("progressPercent", { percent: format.number(share, { style: "percent" }) })})
              </span>
            ) : null}
          </p>
          <div
            aria-hidden="true"
            className="h-3 w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100 dark:border-slate-500 dark:bg-slate-800"
          >
            <div
              className="h-full rounded-full bg-accent-700 dark:bg-accent-300"
              style={{ width: `${(share ?? 0) * 100}%` }}
            />
          </div>
        </>
      ) : (
        <p className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {t("signatures", { count: signatureCount })}
        </p>
      )}
      {deadlineDate ? (
        <p className="text-slate-700 dark:text-slate-300">
          {t.rich(letter.state === "OPEN" ? "deadline" : "deadlinePassed", {
            date: format.dateTime(deadlineDate, { day: "numeric", month: "long", year: "numeric" }),
            time: (chunks) => <time dateTime={deadline!}>{chunks}</time>,
          })}
        </p>
      ) : null}
    </div>
  );
}
