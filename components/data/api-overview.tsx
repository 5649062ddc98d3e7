import { getTranslations } from "next-intl/server";
import { ProseSection } from "./prose-section";

export interface ApiFacts {
  /** Absolute address of /api/v1 on this site. */
  baseUrl: string;
  openApiPath: string;
  changesPath: string;
  maxAgeSeconds: number;
  maxPageSize: number;
  locales: readonly string[];
  /** The per-address limit every /api/v1 route counts against. */
  limit: { points: number; durationSeconds: number };
  changeRetentionDays: number;
}

/**
 * How to use the API, its limits and its change feed. Every figure comes from the configuration
 * the API itself runs with (the page passes them in), never a copy.
 */
export async function ApiOverview({ facts }: { facts: ApiFacts }) {
  const t = await getTranslations("DataPage");
  return (
    <>
      <ProseSection id="api" title={t("api.title")}>
        <p>
          {t("api.baseUrl")} <code className="break-all">{facts.baseUrl}</code>
        </p>
        <ul className="flex list-disc flex-col gap-2 ps-6">
          <li>{t("api.noKey")}</li>
          <li>{t("api.cors")}</li>
          <li>{t("api.etag", { seconds: facts.maxAgeSeconds })}</li>
          <li>{t("api.cursors", { max: facts.maxPageSize })}</li>
          <li>{t("api.locale", { locales: facts.locales.join(", ") })}</li>
          <li>{t("api.dates")}</li>
        </ul>
        <p>
          {t("api.openapi")}{" "}
          <a href={facts.openApiPath} className="text-link">
            {t("api.openapiLink")}
          </a>
        </p>
      </ProseSection>
      <ProseSection id="limits" title={t("limits.title")}>
        <p>
          {t("limits.body", {
            points: facts.limit.points,
            seconds: facts.limit.durationSeconds,
          })}
        </p>
      </ProseSection>
      <ProseSection id="changes" title={t("changes.title")}>
        <p>{t("changes.poll", { path: facts.changesPath })}</p>
        <p>{t("changes.removed")}</p>
        <p>{t("changes.gone", { days: facts.changeRetentionDays })}</p>
      </ProseSection>
    </>
  );
}
