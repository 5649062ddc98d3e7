import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BulkClientMessages } from "@/components/dashboard/bulk/bulk-client-messages";
import { InboxBulkForm } from "@/components/dashboard/inbox/inbox-bulk-form";
import { InboxFilters } from "@/components/dashboard/inbox/inbox-filters";
import { InboxTable } from "@/components/dashboard/inbox/inbox-table";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listInaccuracyReports, listReportAssignees } from "@/lib/data/inaccuracy-inbox";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";
import { parseInboxFilter, REPORT_STATUSES } from "@/lib/validation/inbox";

interface InboxPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: InboxPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Inbox" });
  return { title: t("metaTitle") };
}

/** The inaccuracy-report inbox: every report, filtered by status and assignee. */
export default async function InboxPage({ params, searchParams }: InboxPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const filter = parseInboxFilter(await searchParams);
  const mayBulk = can(actor, "assign", { type: "inaccuracyReport" });
  const [t, list, assignees] = await Promise.all([
    getTranslations("Inbox"),
    listInaccuracyReports(actor, locale, filter),
    mayBulk ? listReportAssignees(actor) : [],
  ]);
  const query: Record<string, string> = { status: filter.status };
  if (filter.assignee) query.assignee = filter.assignee;

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {REPORT_STATUSES.map((status) => (
            <li key={status}>
              {t("statusCount", {
                status: t(`status.${status}`),
                count: list.statusCounts[status],
              })}
            </li>
          ))}
        </ul>
      </PageHeader>
      <div className="flex flex-col gap-6">
        <InboxFilters filter={filter} />
        <p role="status" className="font-semibold">
          {t("resultCount", { count: list.total })}
        </p>
        {mayBulk ? (
          <BulkClientMessages namespaces={["Inbox"]}>
            <InboxBulkForm
              filter={filter}
              matchingCount={list.total}
              assignees={assignees}
              empty={list.items.length === 0}
            >
              {list.items.length > 0 ? <InboxTable items={list.items} selectable /> : null}
            </InboxBulkForm>
          </BulkClientMessages>
        ) : list.items.length > 0 ? (
          <InboxTable items={list.items} />
        ) : null}
        <Pagination
          basePath={dashboardRoutes.reports()}
          page={list.page}
          pageCount={list.pageCount}
          query={query}
          total={list.total}
          pageSize={list.pageSize}
          prefetch={false}
        />
      </div>
    </>
  );
}
