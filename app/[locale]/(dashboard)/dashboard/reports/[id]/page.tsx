import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { ReportActionsSection } from "@/components/dashboard/inbox/report-actions-section";
import { ReportDetail } from "@/components/dashboard/inbox/report-detail";
import { ReportHistory } from "@/components/dashboard/inbox/report-history";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { getInaccuracyReport, listReportAssignees } from "@/lib/data/inaccuracy-inbox";
import { NotFoundError } from "@/lib/errors";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized, publicRoutes } from "@/lib/routes";
import { getRequestContext } from "@/lib/security/request-context";

interface ReportPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: ReportPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Inbox" });
  return { title: t("metaTitle") };
}

async function loadReport(...args: Parameters<typeof getInaccuracyReport>) {
  try {
    return await getInaccuracyReport(...args);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** One inaccuracy report: what the reader wrote, and assigning, closing or reopening it. */
export default async function ReportPage({ params }: ReportPageProps) {
  const locale = await getPageLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale);
  // The request's address and browser go to the audit row written when the contact is shown.
  const report = await loadReport(actor, locale, id, await getRequestContext());
  const [t, assignees, received] = await Promise.all([
    getTranslations("Inbox"),
    report.may.assign ? listReportAssignees(actor) : [],
    timestampValues(report.receivedAt),
  ]);
  const name = report.prisoner.name?.text ?? t("unknownPerson");

  return (
    <>
      <ItemBreadcrumbs title={t("detail.title", { name })} />
      <PageHeader title={t("detail.title", { name })}>
        <p className="text-slate-700 dark:text-slate-300">{t.rich("detail.received", received)}</p>
        <p className="flex flex-wrap gap-x-5 gap-y-2">
          <TextLink href={dashboardRoutes.edit("prisoner", report.prisoner.id)}>
            {t("detail.editProfile")}
          </TextLink>
          {report.prisoner.state === "PUBLISHED" ? (
            <TextLink href={publicRoutes.prisoner(report.prisoner.slug)}>
              {t("detail.publicProfile")}
            </TextLink>
          ) : null}
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-10">
          <ReportDetail report={report} locale={locale} />
          {report.history ? <ReportHistory entries={report.history} /> : null}
        </div>
        <section aria-labelledby="report-actions-heading" className="flex flex-col gap-4">
          <h2 id="report-actions-heading" className="text-xl font-semibold">
            {t("detail.actions")}
          </h2>
          {report.may.assign || report.may.resolve ? (
            <ReportActionsSection
              reportId={report.id}
              status={report.status}
              actorId={actor.id}
              assigneeId={report.assignee?.id ?? null}
              assignees={assignees}
              may={report.may}
              permalink={localized(locale, dashboardRoutes.report(report.id))}
            />
          ) : (
            <Alert>{t("detail.readOnly")}</Alert>
          )}
        </section>
      </div>
    </>
  );
}
