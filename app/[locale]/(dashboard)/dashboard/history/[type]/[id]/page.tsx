import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { CompareForm } from "@/components/dashboard/history/compare-form";
import { RevisionDiff } from "@/components/dashboard/history/revision-diff";
import { RevisionList } from "@/components/dashboard/history/revision-list";
import { WorkflowStateBadge } from "@/components/dashboard/workflow/workflow-state-badge";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { compareRevisions, getContentHistory, isContentType } from "@/lib/data/revisions";
import { getPageLocale } from "@/lib/i18n/page-locale";

interface HistoryPageProps {
  params: Promise<{ locale: string; type: string; id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}

export async function generateMetadata({ params }: HistoryPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "History" });
  const { id } = await params;
  return { title: t("metaTitle", { label: decodeURIComponent(id) }) };
}

function revisionNumber(value: string | undefined): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/**
 * An item's history: its revisions, a comparison of any two of them (chosen with a GET form), and
 * "restore" for those who may. Shown for deleted items too: their revisions outlive them.
 */
export default async function HistoryPage({ params, searchParams }: HistoryPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { type, id: rawId } = await params;
  if (!isContentType(type)) notFound();
  const id = decodeURIComponent(rawId);
  const history = await getContentHistory(actor, type, id, locale);
  if (!history) notFound();
  const [t, tWorkflow] = await Promise.all([
    getTranslations("History"),
    getTranslations("Workflow"),
  ]);

  const query = await searchParams;
  const newest = history.revisions[0]?.number ?? 1;
  const older = history.revisions[1]?.number ?? newest;
  const from = revisionNumber(query.from) ?? older;
  const to = revisionNumber(query.to) ?? newest;
  const comparison =
    from !== to || query.from ? await compareRevisions(actor, type, id, from, to, locale) : null;

  return (
    <>
      <ItemBreadcrumbs title={history.label} />
      <PageHeader title={t("title", { label: history.label })} lead={t("lead")}>
        <p className="flex flex-wrap items-center gap-3 text-slate-800 dark:text-slate-200">
          <span>{t(`types.${type}`)}</span>
          {history.current?.state ? (
            <WorkflowStateBadge
              state={history.current.state}
              label={tWorkflow(`states.${history.current.state}`)}
            />
          ) : null}
        </p>
      </PageHeader>
      {!history.current ? (
        <Alert tone="warning" className="mb-8">
          {t("deletedNotice")}
        </Alert>
      ) : null}

      <section aria-labelledby="revisions-heading" className="mb-10 flex flex-col gap-4">
        <h2
          id="revisions-heading"
          className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
        >
          {t("revisionsHeading")}
        </h2>
        <RevisionList history={history} />
      </section>

      {history.revisions.length > 1 ? (
        <section aria-labelledby="compare-heading" className="flex flex-col gap-4">
          <h2
            id="compare-heading"
            className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
          >
            {t("compareHeading")}
          </h2>
          <CompareForm revisions={history.revisions} from={from} to={to} />
          {comparison ? (
            <>
              <h3 className="text-xl font-semibold text-slate-900 dark:text-slate-50">
                {t("diffHeading", { from: comparison.from, to: comparison.to })}
              </h3>
              <RevisionDiff comparison={comparison} />
            </>
          ) : (
            <p>{t("compareMissing")}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
