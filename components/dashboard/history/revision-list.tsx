import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { RestoreRevisionForm } from "@/components/dashboard/history/restore-revision-form";
import type { ContentHistoryDto } from "@/lib/data/revisions";

/** Who saved each revision and when, newest first, with "restore" where the actor may. */
export async function RevisionList({ history }: { history: ContentHistoryDto }) {
  const [t, format, messages] = await Promise.all([
    getTranslations("History"),
    getFormatter(),
    getMessages(),
  ]);
  const current = history.current;
  // The restore forms run in the browser: they get their two strings, and no others.
  const historyMessages = messages.History as { restore: string; restoreDone: string };
  const clientMessages = {
    History: { restore: historyMessages.restore, restoreDone: historyMessages.restoreDone },
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("revisionsCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.number")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.date")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.author")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.summary")}
            </th>
            <th scope="col" className="py-2 text-start">
              {t("columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.revisions.map((revision) => {
            const isCurrent = current?.version === revision.number;
            return (
              <tr
                key={revision.number}
                className="border-b border-slate-200 align-top dark:border-slate-700"
              >
                <th scope="row" className="py-2 pe-3 text-start font-semibold">
                  <span className="flex flex-wrap items-center gap-2">
                    {revision.number}
                    {isCurrent ? <Badge tone="info">{t("currentBadge")}</Badge> : null}
                  </span>
                </th>
                <td className="py-2 pe-3">
                  <time dateTime={revision.createdAt}>
                    {format.dateTime(new Date(revision.createdAt), {
                      day: "numeric",
                      month: "long",
                      year: "numeric",
                      hour: "2-digit",
                      minute: "2-digit",
                    })}
                  </time>
                </td>
                <td className="py-2 pe-3">{revision.authorName ?? t("unknownAuthor")}</td>
                <td className="py-2 pe-3">{summaryText(revision.summary, history, t, format)}</td>
                <td className="py-2">
                  {history.canRestore && current && !isCurrent ? (
                    <NextIntlClientProvider messages={clientMessages}>
                      <RestoreRevisionForm
                        type={history.type}
                        id={history.id}
                        revisionNumber={revision.number}
                        expectedVersion={current.version}
                      />
                    </NextIntlClientProvider>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The store writes two summaries itself ("deleted", "Restored revision N"): shown translated, a
 * restore naming the revision it brought back (its date and author), as the list shows them.
 */
function summaryText(
  summary: string | null,
  history: ContentHistoryDto,
  t: Awaited<ReturnType<typeof getTranslations<"History">>>,
  format: Awaited<ReturnType<typeof getFormatter>>,
): string {
  if (summary === "deleted") return t("summaryDeleted");
  const restored = summary ? /^Restored revision (\d+)$/.exec(summary) : null;
  if (!restored) return summary ?? "";
  const number = Number(restored[1]);
  const source = history.revisions.find((revision) => revision.number === number);
  if (!source) return t("summaryRestored", { number });
  return t("summaryRestoredFrom", {
    number,
    date: format.dateTime(new Date(source.createdAt), {
      day: "numeric",
      month: "short",
      year: "numeric",
    }),
    name: source.authorName ?? t("unknownAuthor"),
  });
}
