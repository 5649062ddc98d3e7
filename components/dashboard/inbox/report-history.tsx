import { getTranslations } from "next-intl/server";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import type { InboxHistoryEntryDto } from "@/lib/data/inaccuracy-inbox";

// view_contact: an editor was shown the reporter's contact (lib/data/inaccuracy-inbox.ts).
const KNOWN_ACTIONS = [
  "assign",
  "unassign",
  "resolve",
  "dismiss",
  "reopen",
  "view_contact",
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

/** "inaccuracyReport.resolve" → "resolve"; anything else is shown as a change. */
function actionLabelKey(action: string): KnownAction | "other" {
  const verb = action.replace(/^inaccuracyReport\./, "");
  return (KNOWN_ACTIONS as readonly string[]).includes(verb) ? (verb as KnownAction) : "other";
}

/** Who did what with the report, from the audit log (shown to roles that may read it). */
export async function ReportHistory({ entries }: { entries: InboxHistoryEntryDto[] }) {
  const t = await getTranslations("Inbox");
  const rows = await Promise.all(
    entries.map(async (entry) => ({ entry, at: await timestampValues(entry.at) })),
  );
  return (
    <section aria-labelledby="report-history-heading" className="flex flex-col gap-3">
      <h2 id="report-history-heading" className="text-xl font-semibold">
        {t("detail.history")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("detail.noHistory")}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {rows.map(({ entry, at }) => (
            <li key={entry.id}>
              <time dateTime={entry.at} className="text-slate-700 dark:text-slate-300">
                {at.date}
              </time>
              {" — "}
              {t("detail.historyEntry", {
                action: t(`auditActions.${actionLabelKey(entry.action)}`),
                actor: entry.actorEmail ?? t("detail.system"),
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
