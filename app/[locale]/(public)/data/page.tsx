import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiOverview } from "@/components/data/api-overview";
import { dailyScheduleTime } from "@/components/data/daily-schedule-time";
import { DatasetDownloads } from "@/components/data/dataset-downloads";
import { EndpointReferenceList } from "@/components/data/endpoint-reference";
import { LicenceCitation } from "@/components/data/licence-citation";
import { endpointReferences, schemaTables } from "@/components/data/openapi-reference";
import { SchemaReferenceList } from "@/components/data/schema-reference";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { API_MAX_AGE_SECONDS } from "@/lib/api/api-answer";
import { CHANGE_FEED_RETENTION_DAYS } from "@/lib/api/change-cursor";
import { API_LIST_MAX_LIMIT } from "@/lib/api/list-params";
import { openApiDocument } from "@/lib/api/openapi-document";
import { DATASETS_KEPT } from "@/lib/datasets/dataset-files";
import { listDatasets } from "@/lib/datasets/dataset-list";
import { env } from "@/lib/env";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { JOB_SCHEDULES } from "@/lib/jobs/job-schedules";
import { REQUEST_LIMITS } from "@/lib/rate-limit/request-limiter";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

type Props = { params: Promise<{ locale: string }> };

/**
 * A new dataset is built by the job runner, outside any request, where a local page cache
 * cannot be revalidated (lib/data/cache.ts): the page is rendered again at most this late, the
 * list's own cache age (lib/datasets/dataset-list.ts).
 */
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "DataPage" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.data()),
  };
}

const contents = ["api", "limits", "changes", "licence", "datasets"] as const;

export default async function DataPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const [t, datasets] = await Promise.all([getTranslations("DataPage"), listDatasets()]);
  // The document the API serves at /api/v1/openapi.json: the reference below is read from it.
  const document = openApiDocument() as Parameters<typeof schemaTables>[0];
  const schedule = JOB_SCHEDULES.find((item) => item.kind === "datasets.build");
  const limit = REQUEST_LIMITS["api-ip"];
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-labelledby="data-contents" className="mb-10">
        <h2 id="data-contents" className="mb-2 font-semibold text-slate-900 dark:text-slate-50">
          {t("contents")}
        </h2>
        <ul className="flex list-disc flex-col gap-1 ps-6">
          {contents.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-link">
                {t(`${id}.title`)}
              </a>
            </li>
          ))}
          <li>
            <a href="#endpoints-heading" className="text-link">
              {t("reference.title")}
            </a>
          </li>
          <li>
            <a href="#types-heading" className="text-link">
              {t("reference.typesTitle")}
            </a>
          </li>
        </ul>
      </nav>
      <div className="flex flex-col gap-10">
        <ApiOverview
          facts={{
            baseUrl: publicUrl(apiRoutes.v1()),
            openApiPath: apiRoutes.v1OpenApi(),
            changesPath: apiRoutes.v1Changes(),
            maxAgeSeconds: API_MAX_AGE_SECONDS,
            maxPageSize: API_LIST_MAX_LIMIT,
            locales: routing.locales,
            limit: { points: limit.points, durationSeconds: limit.durationSeconds },
            changeRetentionDays: CHANGE_FEED_RETENTION_DAYS,
          }}
        />
        <LicenceCitation
          facts={{
            name: env.VIGIL_DATA_LICENCE_NAME,
            url: env.VIGIL_DATA_LICENCE_URL,
            publisher: env.VIGIL_DATA_PUBLISHER,
            pageUrl: publicUrl(localized(locale, publicRoutes.data())),
            datasetDate: datasets[0]?.date ?? null,
          }}
        />
        <DatasetDownloads
          datasets={datasets}
          kept={DATASETS_KEPT}
          dailyTime={schedule ? dailyScheduleTime(schedule.match) : null}
        />
        <EndpointReferenceList endpoints={endpointReferences(document)} />
        <SchemaReferenceList schemas={schemaTables(document)} />
      </div>
    </Container>
  );
}
