import { getTranslations } from "next-intl/server";
import { DirectoryChargeSelect } from "@/components/directory/directory-charge-select";
import { DirectoryFiltersDisclosure } from "@/components/directory/directory-filters-disclosure";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import type {
  DirectoryFilterOptionsDto,
  DirectoryOption,
} from "@/lib/data/prisoner-directory-filters";
import {
  DIRECTORY_FILTERS,
  DIRECTORY_QUERY_MAX_LENGTH,
  effectiveSort,
  statusParam,
  type DirectoryQuery,
} from "@/lib/search/directory-params";
import { publicRoutes } from "@/lib/routes";

interface DirectorySearchFieldsProps {
  query: DirectoryQuery;
  options: DirectoryFilterOptionsDto;
}

function toSelectOptions(options: DirectoryOption[]): SelectOption[] {
  return options.map((option) => ({
    value: option.value,
    label: option.label.text,
    lang: option.label.isFallback ? option.label.lang : undefined,
  }));
}

/**
 * The current value when it is not among the options (a shared link to a tag no published
 * profile carries any more): the form then still shows what the list is filtered by.
 */
function withCurrent(options: SelectOption[], current: string | undefined): SelectOption[] {
  if (current === undefined || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: current }];
}

/** The filters' selects, each showing the value the list is filtered by. */
async function DirectoryFilterSelects({ query, options }: DirectorySearchFieldsProps) {
  const [t, tStatus] = await Promise.all([
    getTranslations("DirectoryPage"),
    getTranslations("PrisonerStatus"),
  ]);
  const statusOptions: SelectOption[] = [
    { value: "detained", label: t("detained") },
    ...options.statuses.map((status) => ({ value: statusParam(status), label: tStatus(status) })),
  ];
  return (
    <div className="grid gap-4 border-t border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-700">
      <Select
        name="country"
        id="directory-country"
        label={t("country")}
        placeholder={t("anyCountry")}
        defaultValue={query.country?.toLowerCase() ?? ""}
        options={withCurrent(toSelectOptions(options.countries), query.country?.toLowerCase())}
      />
      <Select
        name="status"
        id="directory-status"
        label={t("status")}
        placeholder={t("anyStatus")}
        defaultValue={query.status ? statusParam(query.status) : ""}
        options={statusOptions}
      />
      <DirectoryChargeSelect
        groups={options.charges}
        current={query.charge}
        label={t("charge")}
        placeholder={t("anyCharge")}
      />
      <Select
        name="affiliation"
        id="directory-affiliation"
        label={t("affiliation")}
        placeholder={t("anyAffiliation")}
        defaultValue={query.affiliation ?? ""}
        options={withCurrent(toSelectOptions(options.affiliations), query.affiliation)}
      />
      <Select
        name="tag"
        id="directory-tag"
        label={t("tag")}
        placeholder={t("anyTag")}
        defaultValue={query.tag ?? ""}
        options={withCurrent(toSelectOptions(options.tags), query.tag)}
      />
      <Select
        name="year"
        id="directory-year"
        label={t("year")}
        placeholder={t("anyYear")}
        defaultValue={query.year === undefined ? "" : String(query.year)}
        options={withCurrent(
          options.years.map((year) => ({ value: String(year), label: String(year) })),
          query.year === undefined ? undefined : String(query.year),
        )}
      />
    </div>
  );
}

/**
 * The directory's search box, filters and order. Field names are the query-string parameters
 * (lib/validation/directory-query.ts), so the form submits to a shareable address by itself.
 */
export async function DirectorySearchFields({ query, options }: DirectorySearchFieldsProps) {
  const t = await getTranslations("DirectoryPage");
  const activeFilters = DIRECTORY_FILTERS.filter((filter) => query[filter] !== undefined).length;
  const sort = effectiveSort(query);
  // The first option is the default order, whose meaning depends on whether there is a search.
  const sortOptions: SelectOption[] = [
    query.q ? { value: "", label: t("sortRelevance") } : { value: "", label: t("sortName") },
    ...(query.q ? [{ value: "name", label: t("sortName") }] : []),
    { value: "arrest", label: t("sortArrest") },
    { value: "detention", label: t("sortDetention") },
  ];
  const sortValue = sort === "relevance" || (sort === "name" && !query.q) ? "" : sort;

  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grow">
          <TextField
            name="q"
            id="directory-q"
            type="search"
            label={t("searchLabel")}
            hint={t("searchHint")}
            defaultValue={query.q}
            maxLength={DIRECTORY_QUERY_MAX_LENGTH}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
        </div>
        <Button type="submit" className="sm:self-end">
          {t("submit")}
        </Button>
      </div>

      <DirectoryFiltersDisclosure
        initiallyOpen={activeFilters > 0}
        summary={
          <>
            {t("filters")}
            {activeFilters > 0 ? (
              <span className="font-normal text-slate-700 dark:text-slate-300">
                ({t("filtersActive", { count: activeFilters })})
              </span>
            ) : null}
          </>
        }
      >
        <DirectoryFilterSelects query={query} options={options} />
      </DirectoryFiltersDisclosure>

      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="sm:max-w-sm sm:grow">
          <Select
            name="sort"
            id="directory-sort"
            label={t("sort")}
            defaultValue={sortValue}
            options={sortOptions}
            hint={sort === "detention" ? t("sortDetentionHint") : undefined}
          />
        </div>
        {query.q || activeFilters > 0 || query.sort ? (
          <TextLink href={publicRoutes.prisoners()} className="self-start sm:self-end sm:pb-2.5">
            {t("clearAll")}
          </TextLink>
        ) : null}
      </div>
    </>
  );
}
