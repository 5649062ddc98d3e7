import { getTranslations } from "next-intl/server";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { AttentionList } from "@/components/dashboard/home/attention-list";
import { MoreItemsNote } from "@/components/dashboard/home/more-items-note";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { langOf } from "@/components/ui/localized";
import type { AttentionReportsBlock } from "@/lib/data/attention";
import { dashboardRoutes, withQuery } from "@/lib/routes";

/** The dashboard home's block of open inaccuracy reports: how many, whose, the newest few. */
export async function ReportsBlock({ reports }: { reports: AttentionReportsBlock }) {
  const t = await getTranslations("DashboardHome");
  const inbox = dashboardRoutes.reports();
  return (
    <AttentionBlock
      id="reports"
      heading={t("reports.heading")}
      summary={
        <>
          {t("reports.count", { count: reports.count })}{" "}
          {reports.count > 0 ? (
            <>
              {t("reports.unassigned", { count: reports.unassigned })},{" "}
              {t("reports.assignedToMe", { count: reports.assignedToMe })}.
            </>
          ) : null}
        </>
      }
      links={[
        { href: inbox, label: t("reports.link") },
        ...(reports.assignedToMe > 0
          ? [{ href: withQuery(inbox, { assignee: "me" }), label: t("reports.mineLink") }]
          : []),
      ]}
    >
      <AttentionList
        entries={await Promise.all(
          reports.items.map(async (item) => ({
            key: item.id,
            label: t("reports.about", { name: item.prisonerName?.text ?? t("unknownPerson") }),
            lang: langOf(item.prisonerName),
            href: item.href,
            detail: (
              <>
                {t.rich("reports.received", await timestampValues(item.receivedAt))},{" "}
                {item.assigneeName
                  ? t("reports.assignedTo", { name: item.assigneeName })
                  : t("reports.notAssigned")}
              </>
            ),
          })),
        )}
      />
      <MoreItemsNote block={reports} />
    </AttentionBlock>
  );
}
