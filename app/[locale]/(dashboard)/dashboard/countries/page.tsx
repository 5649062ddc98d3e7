import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardCountries } from "@/lib/data/dashboard-countries";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface CountriesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("country");

/** The countries, searchable by code, name and address. */
export default async function CountriesPage({ params, searchParams }: CountriesPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardCountries(actor, { q: query.q, page: query.page }, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="country"
      title={t("country.title")}
      lead={t("country.lead")}
      basePath="/dashboard/countries"
      newLabel={t("country.new")}
      query={query}
      list={list}
      exportList="countries"
    >
      <ContentTable
        caption={t("country.caption")}
        items={list.items}
        rowKey={(item) => item.code}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={`/dashboard/countries/${item.code}`}>{item.name}</TextLink>
            ),
          },
          { key: "code", header: t("fields.code"), cell: (item) => item.code },
          { key: "slug", header: t("fields.slug"), cell: (item) => item.slug },
          { key: "usage", header: t("country.usageColumn"), cell: (item) => item.prisoners },
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
