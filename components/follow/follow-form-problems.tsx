import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { FollowFormProblem } from "@/lib/follows/follow-form-cookie";

export const FOLLOW_ERROR_SUMMARY_ID = "follow-problems";

/**
 * What went wrong with the last follow form, above it: the fields to correct, each linking to its
 * field, or why nothing was stored. The fill-time script moves the focus here when the form comes
 * back.
 */
export async function FollowFormProblems({
  problem,
  problems,
}: {
  problem: FollowFormProblem;
  /** Each field's id and its error message (undefined: no error). */
  problems: { id: string; text: string | undefined }[];
}) {
  const [t, tOutage] = await Promise.all([getTranslations("Follow"), getTranslations("Outage")]);
  return (
    <div id={FOLLOW_ERROR_SUMMARY_ID} tabIndex={-1} className="rounded-md">
      {problem === "invalid" ? (
        <Alert tone="error" title={t("problems.invalid")} announce>
          <ul className="list-disc ps-5">
            {problems
              .filter((entry) => entry.text !== undefined)
              .map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`} className="underline underline-offset-2">
                    {entry.text}
                  </a>
                </li>
              ))}
          </ul>
        </Alert>
      ) : (
        <Alert
          tone={problem === "failed" ? "error" : "warning"}
          title={
            problem === "unavailable"
              ? tOutage("formProblem")
              : t(problem === "rate-limited" ? "problems.rateLimited" : "problems.failed")
          }
          announce
        />
      )}
    </div>
  );
}
