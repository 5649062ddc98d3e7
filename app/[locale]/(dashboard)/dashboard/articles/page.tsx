import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardArticles } from "@/lib/data/dashboard-articles";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface ArticlesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("article");

/** The criminal code articles, searchable by number, code and title, filtered by country. */
export default async function ArticlesPage({ params, searchParams }: ArticlesPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardArticles(actor, { q: query.q, page: query.page, country: query.country }, locale),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="criminalCodeArticle"
      title={t("article.title")}
      lead={t("article.lead")}
      basePath="/dashboard/articles"
      newLabel={t("article.new")}
      query={query}
      filters={[
        {
          name: "country",
          label: t("list.countryLabel"),
          placeholder: t("list.anyCountry"),
          options: countrySelectOptions(countries),
          value: query.country ?? "",
        },
      ]}
      list={list}
      exportList="articles"
    >
      <ContentTable
        caption={t("article.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "article",
            header: t("fields.article"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={`/dashboard/articles/${item.id}`}>
                {item.part
                  ? t("article.labelWithPart", { article: item.article, part: item.part })
                  : t("article.label", { article: item.article })}
              </TextLink>
            ),
          },
          { key: "title", header: t("fields.title"), cell: (item) => item.title || "—" },
          { key: "code", header: t("fields.codeShort"), cell: (item) => item.code },
          { key: "country", header: t("fields.country"), cell: (item) => item.countryCode },
          { key: "usage", header: t("article.usageColumn"), cell: (item) => item.usage },
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
