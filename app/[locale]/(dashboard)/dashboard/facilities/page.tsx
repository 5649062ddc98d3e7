import { getFormatter, getTranslations } from "next-intl/server";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { listDashboardFacilities } from "@/lib/data/dashboard-facilities";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface FacilitiesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("facility");

/** The places of detention, searchable by name, region and address, filtered by country. */
export default async function FacilitiesPage({ params, searchParams }: FacilitiesPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listDashboardFacilities(
      actor,
      { q: query.q, page: query.page, country: query.country },
      locale,
    ),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="facility"
      title={t("facility.title")}
      lead={t("facility.lead")}
      basePath="/dashboard/facilities"
      newLabel={t("facility.new")}
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
      exportList="facilities"
    >
      <ContentTable
        caption={t("facility.caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "name",
            header: t("fields.name"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={`/dashboard/facilities/${item.id}`}>{item.name}</TextLink>
            ),
          },
          {
            key: "kind",
            header: t("fields.kind"),
            cell: (item) => t(`facilityKinds.${item.kind}`),
          },
          { key: "country", header: t("fields.country"), cell: (item) => item.countryCode },
          { key: "region", header: t("fields.region"), cell: (item) => item.region || "—" },
          { key: "usage", header: t("facility.usageColumn"), cell: (item) => item.usage },
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
