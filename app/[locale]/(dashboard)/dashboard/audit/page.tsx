import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/dashboard/history/audit-filters";
import { AuditTable } from "@/components/dashboard/history/audit-table";
import { KeysetPagination } from "@/components/layout/keyset-pagination";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import {
  AUDIT_EXPORT_LIMIT,
  AUDIT_PAGE_SIZE,
  auditEntityTypes,
  listAuditLog,
  parseAuditFilter,
  type AuditFilter,
} from "@/lib/data/audit-log";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { apiRoutes, dashboardRoutes, withQuery } from "@/lib/routes";

interface AuditPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: AuditPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Audit" });
  return { title: t("metaTitle") };
}

/** `path` with the filters as its query (without the page unless given), for links and downloads. */
function withFilter(path: string, filter: AuditFilter, extra: Record<string, string> = {}): string {
  const { actor, action, entityType, entityId, from, to } = filter;
  return withQuery(path, { actor, action, entityType, entityId, from, to, ...extra });
}

/** The append-only audit log, filtered and paginated, with CSV/JSON downloads of the filtered list. */
export default async function AuditPage({ params, searchParams }: AuditPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  if (!can(actor, "view", { type: "auditLog" })) {
    const t = await getTranslations("Audit");
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="warning">{t("forbidden")}</Alert>
      </>
    );
  }
  const filter = parseAuditFilter(await searchParams);
  const [t, page, entityTypes] = await Promise.all([
    getTranslations("Audit"),
    listAuditLog(actor, filter, AUDIT_PAGE_SIZE, locale),
    auditEntityTypes(actor),
  ]);
  const canExport = can(actor, "export", { type: "auditLog" });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditFilters filter={filter} entityTypes={entityTypes} resetHref={dashboardRoutes.audit()} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="font-semibold text-slate-900 dark:text-slate-50">
          {t("total", { count: page.total })}
        </p>
        {canExport ? (
          <p className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t("export")}:</span>
            <a
              className="font-medium text-accent-700 underline underline-offset-4 dark:text-accent-200"
              href={withFilter(apiRoutes.dashboardAudit(), filter, { format: "csv" })}
              download
            >
              {t("exportCsv")}
            </a>
            <a
              className="font-medium text-accent-700 underline underline-offset-4 dark:text-accent-200"
              href={withFilter(apiRoutes.dashboardAudit(), filter, { format: "json" })}
              download
            >
              {t("exportJson")}
            </a>
            <span className="text-slate-700 dark:text-slate-300">
              {t("exportHint", { limit: AUDIT_EXPORT_LIMIT })}
            </span>
          </p>
        ) : null}
      </div>
      {page.rows.length === 0 ? (
        <p className="text-slate-800 dark:text-slate-200">{t("empty")}</p>
      ) : (
        <AuditTable rows={page.rows} />
      )}
      <KeysetPagination
        basePath={dashboardRoutes.audit()}
        page={page.position}
        query={Object.fromEntries(
          Object.entries({
            actor: filter.actor,
            action: filter.action,
            entityType: filter.entityType,
            entityId: filter.entityId,
            from: filter.from,
            to: filter.to,
          }).filter((entry): entry is [string, string] => Boolean(entry[1])),
        )}
      />
    </>
  );
}
