import { getTranslations } from "next-intl/server";
import { BulkCheckbox } from "@/components/dashboard/bulk/bulk-checkbox";
import { ReportStatusBadge } from "@/components/dashboard/inbox/report-status-badge";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { langOf } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { InboxListItemDto } from "@/lib/data/inaccuracy-inbox";
import { dashboardRoutes } from "@/lib/routes";

/**
 * The inbox list: one row per report, newest first, each opening the report's page. `selectable`
 * adds a box per row for the bulk form around it (inbox-bulk-form.tsx).
 */
export async function InboxTable({
  items,
  selectable = false,
}: {
  items: InboxListItemDto[];
  selectable?: boolean;
}) {
  const [t, tBulk] = await Promise.all([getTranslations("Inbox"), getTranslations("Bulk")]);
  const rows = await Promise.all(
    items.map(async (item) => ({ item, received: await timestampValues(item.receivedAt) })),
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 dark:border-slate-600">
            {selectable ? (
              <th scope="col" className="py-2 pe-2">
                <span className="sr-only">{tBulk("legend")}</span>
              </th>
            ) : null}
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
                {selectable ? (
                  <td className="py-3 pe-2">
                    <BulkCheckbox
                      value={item.id}
                      srLabel={tBulk("selectRow", { label: item.excerpt })}
                    />
                  </td>
                ) : null}
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
