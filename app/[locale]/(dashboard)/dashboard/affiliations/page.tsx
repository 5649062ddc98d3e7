import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardAffiliations } from "@/lib/data/dashboard-affiliations";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface AffiliationsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("affiliation");

/** The affiliations, searchable by name and address. */
export default async function AffiliationsPage({ params, searchParams }: AffiliationsPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardAffiliations(actor, { q: query.q, page: query.page }, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="affiliation"
      title={t("affiliation.title")}
      lead={t("affiliation.lead")}
      basePath="/dashboard/affiliations"
      newLabel={t("affiliation.new")}
      query={query}
      list={list}
    >
      <ContentTable
        caption={t("affiliation.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={`/dashboard/affiliations/${item.id}`}>{item.name}</TextLink>
            ),
          },
          { key: "slug", header: t("fields.slug"), cell: (item) => item.slug },
          { key: "country", header: t("fields.country"), cell: (item) => item.countryCode ?? "—" },
          { key: "usage", header: t("affiliation.usageColumn"), cell: (item) => item.usage },
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
