import { getFormatter, getTranslations } from "next-intl/server";
import { langOf } from "@/components/ui/localized";
import type { LetterThresholdDto } from "@/lib/letter-answers/letter-outcome-dto";

/**
 * A petition's milestones: the reached ones ("10,000 of 10,000: delivered", and when), then the
 * progress towards the next, then the others. Reached means the count got there once (a
 * crossing was recorded) or is there now: the count is read within seconds, the crossing with
 * the cached letter.
 */
export async function LetterThresholds({
  thresholds,
  signatureCount,
}: {
  thresholds: LetterThresholdDto[];
  signatureCount: number;
}) {
  const [t, format] = await Promise.all([getTranslations("LetterOutcomes"), getFormatter()]);
  const isReached = (threshold: LetterThresholdDto) =>
    threshold.reachedAt !== null || signatureCount >= threshold.count;
  const next = thresholds.find((threshold) => !isReached(threshold));
  const share = next ? Math.min(1, signatureCount / next.count) : null;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2" data-testid="letter-thresholds">
        {thresholds.map((threshold) => {
          const count = format.number(threshold.count);
          const reached = isReached(threshold);
          const label = threshold.label;
          return (
            <li
              key={threshold.count}
              data-reached={reached}
              className={
                reached
                  ? "font-semibold text-slate-900 dark:text-slate-50"
                  : "text-slate-700 dark:text-slate-300"
              }
            >
              {label
                ? t.rich(reached ? "thresholdReached" : "thresholdAhead", {
                    count,
                    text: label.text,
                    label: (chunks) => <span lang={langOf(label)}>{chunks}</span>,
                  })
                : t(reached ? "thresholdReachedNoLabel" : "thresholdAheadNoLabel", { count })}
              {reached && threshold.reachedAt ? (
                <span className="font-normal text-slate-700 dark:text-slate-300">
                  {" "}
                  (
                  {t("thresholdReachedOn", {
                    date: format.dateTime(new Date(threshold.reachedAt), {
                      day: "numeric",
                      month: "long",
                      year: "numeric",
                      timeZone: "UTC",
                    }),
                  })}
                  )
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {next && share !== null ? (
        <div className="flex flex-col gap-1">
          <p className="text-slate-800 dark:text-slate-200">
            {t("nextThreshold", {
              signatures: format.number(signatureCount),
              count: format.number(next.count),
            })}
          </p>
          {/* The sentence carries the figures; the bar repeats them for the eye only. */}
          <div
            aria-hidden="true"
            className="h-2 w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100 dark:border-slate-500 dark:bg-slate-800"
          >
            <div
              className="h-full rounded-full bg-accent-700 dark:bg-accent-300"
              style={{ width: `${share * 100}%` }}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The "Milestones" section of a petition's page; nothing when it has none. */
export async function LetterThresholdsSection({
  thresholds,
  count,
}: {
  thresholds: LetterThresholdDto[];
  count: number;
}) {
  if (thresholds.length === 0) return null;
  const t = await getTranslations("LetterOutcomes");
  return (
    <section aria-labelledby="milestones-heading" className="mt-10 flex flex-col gap-4">
      <h2
        id="milestones-heading"
        className="text-xl font-semibold text-slate-900 dark:text-slate-50"
      >
        {t("thresholdsHeading")}
      </h2>
      <LetterThresholds thresholds={thresholds} signatureCount={count} />
    </section>
  );
}
