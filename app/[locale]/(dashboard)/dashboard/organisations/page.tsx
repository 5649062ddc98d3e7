import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardOrganisations } from "@/lib/data/dashboard-organisations";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface OrganisationsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("organisation");

/** The recognising organisations, searchable by name, address and website. */
export default async function OrganisationsPage({ params, searchParams }: OrganisationsPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardOrganisations(actor, { q: query.q, page: query.page }, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="organisation"
      title={t("organisation.title")}
      lead={t("organisation.lead")}
      basePath="/dashboard/organisations"
      newLabel={t("organisation.new")}
      query={query}
      list={list}
    >
      <ContentTable
        caption={t("organisation.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={`/dashboard/organisations/${item.id}`}>{item.name}</TextLink>
            ),
          },
          {
            key: "kind",
            header: t("fields.kind"),
            cell: (item) => t(`organisationKinds.${item.kind}`),
          },
          { key: "usage", header: t("organisation.usageColumn"), cell: (item) => item.usage },
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
