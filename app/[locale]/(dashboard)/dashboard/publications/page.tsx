import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { WorkflowStateBadge } from "@/components/dashboard/workflow/workflow-state-badge";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardPublications } from "@/lib/data/dashboard-publications";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import { PUBLICATION_TYPES } from "@/lib/validation/publication";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface PublicationsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("publication");

const STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

/** The publications in every state, newest changes first, filtered by state and type. */
export default async function PublicationsPage({ params, searchParams }: PublicationsPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, tState, tType, format, list] = await Promise.all([
    getTranslations("ContentEditor"),
    getTranslations("Workflow.states"),
    getTranslations("PublicationType"),
    getFormatter(),
    listDashboardPublications(
      actor,
      { q: query.q, page: query.page, state: query.state, type: query.type },
      locale,
    ),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="publication"
      title={t("publication.title")}
      lead={t("publication.lead")}
      newLabel={t("publication.new")}
      query={query}
      filters={[
        {
          name: "state",
          label: t("list.stateLabel"),
          placeholder: t("list.anyState"),
          options: STATES.map((state) => ({ value: state, label: tState(state) })),
          value: query.state ?? "",
        },
        {
          name: "type",
          label: t("list.typeLabel"),
          placeholder: t("list.anyType"),
          options: PUBLICATION_TYPES.map((type) => ({ value: type, label: tType(type) })),
          value: query.type ?? "",
        },
      ]}
      list={list}
      exportList="publications"
      exportState={query.state}
    >
      <ContentTable
        caption={t("publication.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "title",
            header: t("fields.title"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={dashboardRoutes.edit("publication", item.id)}>{item.title}</TextLink>
            ),
          },
          { key: "type", header: t("fields.type"), cell: (item) => tType(item.type) },
          {
            key: "state",
            header: t("list.stateLabel"),
            cell: (item) => <WorkflowStateBadge state={item.state} label={tState(item.state)} />,
          },
          {
            key: "date",
            header: t("fields.publishedOn"),
            cell: (item) =>
              item.publishedOn
                ? format.dateTime(item.publishedOn, { dateStyle: "medium", timeZone: "UTC" })
                : "—",
          },
          {
            key: "updated",
            header: t("list.updated"),
            cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </ContentListPage>
  );
}
