import { getFormatter, getTranslations } from "next-intl/server";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { sourceMetadata } from "@/components/dashboard/source/source-metadata";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardSources } from "@/lib/data/dashboard-sources";
import { parseKeysetRequest } from "@/lib/data/page-window";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface SourcesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = sourceMetadata;

/**
 * The sources profiles cite, searchable by title, publisher and address, newest edits first,
 * paged by keyset (`?after=`, `?before=`, `?last=1`).
 */
export default async function SourcesPage({ params, searchParams }: SourcesPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const search = await searchParams;
  const query = parseContentListQuery(search);
  const cursor = parseKeysetRequest(
    Object.fromEntries(
      Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const [t, tList, format, list] = await Promise.all([
    getTranslations("SourceEditor"),
    getTranslations("ContentEditor.list"),
    getFormatter(),
    listDashboardSources(actor, { q: query.q, cursor }),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="source"
      title={t("title")}
      lead={t("lead")}
      newLabel={t("new")}
      query={query}
      list={list}
      exportList="sources"
    >
      <ContentTable
        caption={t("caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "title",
            header: t("fields.title"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={dashboardRoutes.edit("source", item.id)}>{item.title}</TextLink>
            ),
          },
          {
            key: "publisher",
            header: t("fields.publisher"),
            cell: (item) => item.publisher || "—",
          },
          {
            key: "confidence",
            header: t("fields.confidence"),
            cell: (item) => t(`confidence.${item.confidence}`),
          },
          {
            key: "publishedOn",
            header: t("fields.publishedOn"),
            cell: (item) =>
              item.publishedOn
                ? format.dateTime(item.publishedOn, { dateStyle: "medium", timeZone: "UTC" })
                : t("noDate"),
          },
          { key: "citations", header: t("citationsColumn"), cell: (item) => item.citations },
          {
            key: "updated",
            header: tList("updated"),
            cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </ContentListPage>
  );
}
