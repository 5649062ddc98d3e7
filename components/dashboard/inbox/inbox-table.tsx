import { getTranslations } from "next-intl/server";
import { ReportStatusBadge } from "@/components/dashboard/inbox/report-status-badge";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { InboxListItemDto } from "@/lib/data/inaccuracy-inbox";
import { dashboardRoutes } from "@/lib/routes";

/** The inbox list: one row per report, newest first, each opening the report's page. */
export async function InboxTable({ items }: { items: InboxListItemDto[] }) {
  const t = await getTranslations("Inbox");
  const rows = await Promise.all(
    items.map(async (item) => ({ item, received: await timestampValues(item.receivedAt) })),
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pe-4">
              {t("columns.report")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("columns.prisoner")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("columns.received")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("columns.status")}
            </th>
            <th scope="col" className="py-2">
              {t("columns.assignee")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, received }) => {
            const name = item.prisoner.name?.text ?? t("unknownPerson");
            return (
              <tr
                key={item.id}
                className="border-b border-slate-200 align-top dark:border-slate-700"
              >
                <td className="max-w-md py-3 pe-4">
                  <TextLink href={dashboardRoutes.report(item.id)}>{item.excerpt}</TextLink>
                </td>
                <td className="py-3 pe-4" lang={langOf(item.prisoner.name)}>
                  {name}
                </td>
                <td className="py-3 pe-4 whitespace-nowrap">
                  <time dateTime={item.receivedAt}>{received.date}</time>
                </td>
                <td className="py-3 pe-4">
                  <ReportStatusBadge status={item.status} />
                </td>
                <td className="py-3">{item.assignee?.name ?? t("nobody")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
