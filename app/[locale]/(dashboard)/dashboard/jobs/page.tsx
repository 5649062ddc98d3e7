import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FailedJobsList } from "@/components/dashboard/jobs/failed-jobs-list";
import { JobsTable } from "@/components/dashboard/jobs/jobs-table";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { getJobsState } from "@/lib/data/jobs-state";
import { getPageLocale } from "@/lib/i18n/page-locale";

interface JobsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: JobsPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Jobs" });
  return { title: t("metaTitle") };
}

/** The job queue's state for administrators (lib/jobs/README.md): per kind, and failed jobs. */
export default async function JobsPage({ params }: JobsPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const t = await getTranslations("Jobs");
  if (!can(actor, "view", { type: "jobs" })) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="warning">{t("forbidden")}</Alert>
      </>
    );
  }
  const state = await getJobsState(actor);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {state.installed ? (
        <>
          <JobsTable kinds={state.kinds} />
          <h2 className="mt-8 mb-2 text-lg font-semibold">{t("failedHeading")}</h2>
          <FailedJobsList jobs={state.failedJobs} />
        </>
      ) : (
        <Alert tone="warning">{t("notInstalled")}</Alert>
      )}
    </>
  );
}
