"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { DirectoryChargeSelect } from "@/components/directory/directory-charge-select";
import { selectOptionOf, type DirectoryChoices } from "@/components/directory/directory-choices";
import { DirectoryFiltersDisclosure } from "@/components/directory/directory-filters-disclosure";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import {
  DIRECTORY_FILTERS,
  DIRECTORY_QUERY_MAX_LENGTH,
  effectiveSort,
  statusParam,
  type DirectoryQuery,
} from "@/lib/search/directory-params";
import { publicRoutes } from "@/lib/routes";

interface DirectorySearchFieldsProps {
  /** The query of the address the page was rendered for: the fields' first values. */
  defaults: DirectoryQuery;
  /** The query of the results shown (the live search's last answer): what the fields say about it. */
  current: DirectoryQuery;
  choices: DirectoryChoices;
  /** "Clear search and filters" with JavaScript: the live search clears the form itself. */
  onClearAll?: (event: MouseEvent<HTMLAnchorElement>) => void;
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
function DirectoryFilterSelects({
  query,
  choices,
}: {
  query: DirectoryQuery;
  choices: DirectoryChoices;
}) {
  const t = useTranslations("DirectoryPage");
  const tStatus = useTranslations("PrisonerStatus");
  const statusOptions: SelectOption[] = [
    { value: "detained", label: t("detained") },
    ...choices.statuses.map((status) => ({ value: statusParam(status), label: tStatus(status) })),
  ];
  const year = query.year === undefined ? undefined : String(query.year);
  return (
    <div>
      <Select
        name="country"
        id="directory-country"
        label={t("country")}
        placeholder={t("anyCountry")}
        defaultValue={query.country?.toLowerCase() ?? ""}
        options={withCurrent(choices.countries.map(selectOptionOf), query.country?.toLowerCase())}
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
        groups={choices.charges}
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
        options={withCurrent(choices.affiliations.map(selectOptionOf), query.affiliation)}
      />
      <Select
        name="tag"
        id="directory-tag"
        label={t("tag")}
        placeholder={t("anyTag")}
        defaultValue={query.tag ?? ""}
        options={withCurrent(choices.tags.map(selectOptionOf), query.tag)}
      />
      <Select
        name="year"
        id="directory-year"
        label={t("year")}
        placeholder={t("anyYear")}
        defaultValue={year ?? ""}
        options={withCurrent(
          choices.years.map((value) => ({ value: String(value), label: String(value) })),
          year,
        )}
      />
    </div>
  );
}

/**
 * The directory's search box, filters and order. Field names are the query-string parameters
 * (lib/validation/directory-query.ts), so the form submits to a shareable address by itself.
 * A client component drawn from compact data, so that the live search can keep what the fields
 * say (the order's choices, the number of active filters) in step with its answers; the fields
 * themselves stay uncontrolled: what the visitor types or picks is the form's state.
 */
export function DirectorySearchFields({
  defaults,
  current,
  choices,
  onClearAll,
}: DirectorySearchFieldsProps) {
  const t = useTranslations("DirectoryPage");
  const activeFilters = DIRECTORY_FILTERS.filter((filter) => current[filter] !== undefined).length;
  const sort = effectiveSort(current);
  // The first option is the default order, whose meaning depends on whether there is a search.
  const sortOptions: SelectOption[] = [
    current.q ? { value: "", label: t("sortRelevance") } : { value: "", label: t("sortName") },
    ...(current.q ? [{ value: "name", label: t("sortName") }] : []),
    { value: "arrest", label: t("sortArrest") },
    { value: "detention", label: t("sortDetention") },
  ];
  const defaultSort = effectiveSort(defaults);
  const sortValue =
    defaultSort === "relevance" || (defaultSort === "name" && !defaults.q) ? "" : defaultSort;

  return (
    <>
      {/* Each row and part is styled by .directory-search (app/globals.css), the form's class. */}
      <div>
        <div>
          <TextField
            name="q"
            id="directory-q"
            type="search"
            label={t("searchLabel")}
            hint={t("searchHint")}
            defaultValue={defaults.q}
            maxLength={DIRECTORY_QUERY_MAX_LENGTH}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
        </div>
        <Button type="submit">{t("submit")}</Button>
      </div>

      <DirectoryFiltersDisclosure
        initiallyOpen={DIRECTORY_FILTERS.some((filter) => defaults[filter] !== undefined)}
        summary={
          <>
            {t("filters")}
            {activeFilters > 0 ? (
              <span>({t("filtersActive", { count: activeFilters })})</span>
            ) : null}
          </>
        }
      >
        <DirectoryFilterSelects query={defaults} choices={choices} />
      </DirectoryFiltersDisclosure>

      <div>
        <div>
          <Select
            name="sort"
            id="directory-sort"
            label={t("sort")}
            defaultValue={sortValue}
            options={sortOptions}
            hint={sort === "detention" ? t("sortDetentionHint") : undefined}
          />
        </div>
        {current.q || activeFilters > 0 || current.sort ? (
          <TextLink href={publicRoutes.prisoners()} onClick={onClearAll}>
            {t("clearAll")}
          </TextLink>
        ) : null}
      </div>
    </>
  );
}
