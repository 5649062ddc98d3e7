import { getTranslations } from "next-intl/server";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { ReportStatusBadge } from "@/components/dashboard/inbox/report-status-badge";
import { TextLink } from "@/components/ui/text-link";
import type { InboxReportDto } from "@/lib/data/inaccuracy-inbox";
import type { Locale } from "@/lib/i18n/routing";
import { webUrl } from "@/lib/net/web-url";

function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const termClass = "font-semibold text-slate-900 dark:text-slate-100";
const valueClass = "mt-1 text-slate-800 dark:text-slate-200";

/** The report itself: what the reader wrote, their source and contact, and where it stands. */
export async function ReportDetail({ report, locale }: { report: InboxReportDto; locale: Locale }) {
  const t = await getTranslations("Inbox");
  const sourceHref = report.sourceUrl ? webUrl(report.sourceUrl) : null;
  const resolvedValues = report.resolvedAt ? await timestampValues(report.resolvedAt) : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <ReportStatusBadge status={report.status} />
        {report.locale ? (
          <span className="text-sm text-slate-700 dark:text-slate-300">
            {t("detail.language", { language: languageName(report.locale, locale) })}
          </span>
        ) : null}
      </div>

      <dl className="flex flex-col gap-5">
        <div>
          <dt className={termClass}>{t("detail.message")}</dt>
          <dd className={`${valueClass} whitespace-pre-wrap`}>{report.message}</dd>
        </div>
        <div>
          <dt className={termClass}>{t("detail.sourceUrl")}</dt>
          <dd className={`${valueClass} break-all`}>
            {sourceHref ? (
              // A reader's link: never send them our address, never lend it our ranking.
              <TextLink href={sourceHref} rel="noopener noreferrer nofollow">
                {report.sourceUrl}
              </TextLink>
            ) : (
              (report.sourceUrl ?? t("detail.noSource"))
            )}
          </dd>
        </div>
        <div>
          <dt className={termClass}>{t("detail.contact")}</dt>
          <dd className={valueClass}>
            {report.contact ? (
              <>
                <span className="break-all">{report.contact}</span>
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                  {t("detail.contactHint")}
                </span>
              </>
            ) : report.contactHidden ? (
              t("detail.contactHidden")
            ) : (
              t("detail.noContact")
            )}
          </dd>
        </div>
        <div>
          <dt className={termClass}>{t("detail.assignee")}</dt>
          <dd className={valueClass}>{report.assignee?.name ?? t("nobody")}</dd>
        </div>
        {report.resolution ? (
          <div>
            <dt className={termClass}>{t("detail.resolution")}</dt>
            <dd className={`${valueClass} whitespace-pre-wrap`}>{report.resolution}</dd>
            {resolvedValues ? (
              <dd className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {t.rich("detail.resolvedAt", resolvedValues)}
              </dd>
            ) : null}
          </div>
        ) : null}
      </dl>
    </div>
  );
}
