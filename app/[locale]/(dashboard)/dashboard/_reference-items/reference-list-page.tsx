import { getFormatter, getTranslations } from "next-intl/server";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable, type ContentColumn } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import {
  listReferenceItems,
  type ReferenceListItem,
} from "@/lib/data/reference-items/list-reference-items";
import { getPageLocale } from "@/lib/i18n/page-locale";
import {
  referenceExportList,
  referenceType,
  type DisplayText,
  type ReferenceTypeName,
} from "@/lib/reference-types";
import { dashboardRoutes } from "@/lib/routes";
import { parseContentListQuery } from "@/lib/validation/reference-item";

export interface ReferenceListPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The dashboard list of a reference type (`/dashboard/tags` …): searchable by the columns its
 * descriptor names, filtered by country where it has that filter, with its columns, the number of
 * items that refer to each and when it was last saved.
 */
export async function ReferenceListPage({
  type,
  params,
  searchParams,
}: ReferenceListPageProps & { type: ReferenceTypeName }) {
  const descriptor = referenceType(type);
  const { section, list: shape } = descriptor;
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseContentListQuery(await searchParams);
  const [t, format, list, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    getFormatter(),
    listReferenceItems(
      actor,
      type,
      { q: query.q, page: query.page, country: query.country },
      locale,
    ),
    shape.countryFilter ? listCountryOptions(actor, locale) : [],
  ]);
  // A descriptor's message (an article's number) is a key of its section, with its values.
  const message = t as unknown as (key: string, values: Record<string, string>) => string;
  const display = (text: DisplayText) =>
    typeof text === "string" ? text : message(`${section}.${text.message}`, text.values);
  const columns: ContentColumn<ReferenceListItem>[] = [
    {
      key: shape.name.key,
      header: t(`fields.${shape.name.header}`),
      rowHeader: true,
      cell: (item) => (
        <TextLink href={dashboardRoutes.edit(descriptor.type, item.key)}>
          {display(shape.name.text(item.values))}
        </TextLink>
      ),
    },
    ...shape.columns.map((column) => ({
      key: column.key,
      header: t(`fields.${column.header}`),
      cell: (item: ReferenceListItem) => {
        const value = item.values[column.field];
        if ("labels" in column) return t(`${column.labels}.${value}` as never);
        return column.empty ? value || column.empty : value;
      },
    })),
    { key: "usage", header: t(`${section}.usageColumn`), cell: (item) => item.usage },
    {
      key: "updated",
      header: t("list.updated"),
      cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "medium" }),
    },
  ];
  return (
    <ContentListPage
      actor={actor}
      type={descriptor.type}
      title={t(`${section}.title`)}
      lead={t(`${section}.lead`)}
      newLabel={t(`${section}.new`)}
      query={query}
      filters={
        shape.countryFilter
          ? [
              {
                name: "country",
                label: t("list.countryLabel"),
                placeholder: t("list.anyCountry"),
                options: countrySelectOptions(countries),
                value: query.country ?? "",
              },
            ]
          : undefined
      }
      list={list}
      exportList={referenceExportList(type)}
    >
      <ContentTable
        caption={t(`${section}.caption`)}
        items={list.items}
        rowKey={(item) => item.key}
        columns={columns}
      />
    </ContentListPage>
  );
}
