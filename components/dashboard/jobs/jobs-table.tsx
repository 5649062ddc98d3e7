import { getFormatter, getTranslations } from "next-intl/server";
import type { JobKindStateView } from "@/lib/data/jobs-state";

/**
 * The job queue by kind, for administrators: how many wait, run and have failed, when the next
 * run is due, when a scheduled kind last ran and last succeeded, and the kind of its last error.
 * A server-rendered table: it needs no JavaScript; reloading the page shows the current state.
 */
export async function JobsTable({ kinds }: { kinds: JobKindStateView[] }) {
  const t = await getTranslations("Jobs");
  const format = await getFormatter();
  const moment = (iso: string | null) =>
    iso ? (
      <time dateTime={iso}>
        {format.dateTime(new Date(iso), {
          day: "numeric",
          month: "short",
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "UTC",
          timeZoneName: "short",
        })}
      </time>
    ) : (
      t("never")
    );
  const columns = [
    "kind",
    "pending",
    "running",
    "failed",
    "nextRun",
    "lastRun",
    "lastSuccess",
    "lastError",
  ] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 text-start">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr
              key={kind.kind}
              className="border-b border-slate-200 align-top dark:border-slate-700"
            >
              <th scope="row" className="py-2 pe-3 text-start font-normal">
                <span className="block font-mono">{kind.kind}</span>
                {kind.schedule ? (
                  <span className="block text-xs text-slate-700 dark:text-slate-300">
                    {t("schedule", { schedule: kind.schedule })}
                  </span>
                ) : null}
              </th>
              <td className="py-2 pe-3">
                {kind.pending}
                {kind.retrying > 0 ? (
                  <span className="block text-xs">{t("retrying", { count: kind.retrying })}</span>
                ) : null}
              </td>
              <td className="py-2 pe-3">{kind.running}</td>
              <td className="py-2 pe-3">
                {kind.failed > 0 ? <strong>{kind.failed}</strong> : kind.failed}
              </td>
              <td className="py-2 pe-3 whitespace-nowrap">{moment(kind.nextRunAt)}</td>
              <td className="py-2 pe-3 whitespace-nowrap">
                {kind.schedule ? moment(kind.lastScheduledAt) : t("notScheduled")}
              </td>
              <td className="py-2 pe-3 whitespace-nowrap">{moment(kind.lastSuccessAt)}</td>
              <td className="py-2 pe-3">
                {kind.lastErrorKind ? (
                  <>
                    {t(`errorKinds.${kind.lastErrorKind}`)}
                    <span className="block text-xs whitespace-nowrap">
                      {moment(kind.lastFailureAt)}
                    </span>
                  </>
                ) : (
                  t("none")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
