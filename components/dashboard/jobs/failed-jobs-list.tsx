import { getFormatter, getTranslations } from "next-intl/server";
import type { FailedJobView } from "@/lib/data/jobs-state";

/** Jobs that failed (still retrying, or out of attempts), newest first: no payloads, no texts. */
export async function FailedJobsList({ jobs }: { jobs: FailedJobView[] }) {
  const t = await getTranslations("Jobs");
  const format = await getFormatter();
  if (jobs.length === 0) return <p>{t("noFailures")}</p>;
  return (
    <ul className="list-disc space-y-1 ps-6 text-sm">
      {jobs.map((job) => (
        <li key={job.id}>
          <span className="font-mono">{job.kind}</span> #{job.id}:{" "}
          {t(job.willRetry ? "failedRetrying" : "failedForGood", {
            attempts: job.attempts,
            maxAttempts: job.maxAttempts,
            kind: t(`errorKinds.${job.errorKind ?? "other"}`),
          })}{" "}
          <time dateTime={job.failedAt}>
            {format.dateTime(new Date(job.failedAt), {
              day: "numeric",
              month: "short",
              hour: "2-digit",
              minute: "2-digit",
              timeZone: "UTC",
              timeZoneName: "short",
            })}
          </time>
        </li>
      ))}
    </ul>
  );
}
