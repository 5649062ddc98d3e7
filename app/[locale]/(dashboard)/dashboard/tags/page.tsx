import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardTags } from "@/lib/data/dashboard-tags";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface TagsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("tag");

/** The tags, searchable by name and address. */
export default async function TagsPage({ params, searchParams }: TagsPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardTags(actor, { q: query.q, page: query.page }, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="tag"
      title={t("tag.title")}
      lead={t("tag.lead")}
      basePath="/dashboard/tags"
      newLabel={t("tag.new")}
      query={query}
      list={list}
      exportList="tags"
    >
      <ContentTable
        caption={t("tag.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            rowHeader: true,
            cell: (item) => <TextLink href={`/dashboard/tags/${item.id}`}>{item.name}</TextLink>,
          },
          { key: "slug", header: t("fields.slug"), cell: (item) => item.slug },
          { key: "usage", header: t("tag.usageColumn"), cell: (item) => item.usage },
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
