import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextLink } from "@/components/ui/text-link";
import type { PublicationFilterOptionsDto } from "@/lib/data/publication-search";
import { publicationSections, type PublicationSection } from "@/lib/data/publication-sections";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicRoutes } from "@/lib/routes";
import type { PublicationFilters as Filters } from "@/lib/validation/publication-filters";

/**
 * The options plus the current value when it is not among them (a shared link to a year with no
 * publications, a country since removed): the form then still shows what the list is filtered by.
 */
function withCurrent(options: SelectOption[], current: string | undefined): SelectOption[] {
  if (current === undefined || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: current }];
}

interface PublicationFiltersProps {
  section: PublicationSection;
  locale: Locale;
  filters: Filters;
  options: PublicationFilterOptionsDto;
}

/**
 * The filters of a publication list as a plain GET form: it works without JavaScript, and the
 * resulting address (`?country=kz&year=2020`) can be bookmarked and shared.
 */
export async function PublicationFilters({
  section,
  locale,
  filters,
  options,
}: PublicationFiltersProps) {
  const [t, tType] = await Promise.all([
    getTranslations("PublicationsPage"),
    getTranslations("PublicationType"),
  ]);
  const { types } = publicationSections[section];
  const path = publicRoutes[section]();
  const isFiltered = Object.keys(filters).length > 0;
  const typeOptions = types.length > 1 ? types : [];

  return (
    <section aria-labelledby="filters-heading" className="mb-8">
      <h2 id="filters-heading" className="sr-only">
        {t("filtersHeading")}
      </h2>
      <form
        method="get"
        action={getPathname({ href: path, locale })}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5 dark:border-slate-700 dark:bg-slate-800/60"
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {typeOptions.length > 0 ? (
            <Select
              name="type"
              id="filter-type"
              label={t("type")}
              placeholder={t("anyType")}
              defaultValue={filters.type ?? ""}
              options={typeOptions.map((type) => ({ value: type, label: tType(type) }))}
            />
          ) : null}
          <Select
            name="country"
            id="filter-country"
            label={t("country")}
            placeholder={t("anyCountry")}
            defaultValue={filters.country?.toLowerCase() ?? ""}
            options={withCurrent(
              // Lower case in the address, as on country pages and in the directory ("kz").
              options.countries.map((country) => ({
                value: country.code.toLowerCase(),
                label: country.name.text,
                lang: country.name.isFallback ? country.name.lang : undefined,
              })),
              filters.country?.toLowerCase(),
            )}
          />
          <Select
            name="prisoner"
            id="filter-prisoner"
            label={t("prisoner")}
            placeholder={t("anyPrisoner")}
            defaultValue={filters.prisoner ?? ""}
            options={withCurrent(
              options.prisoners.map((prisoner) => ({
                value: prisoner.slug,
                label: prisoner.name.text,
                lang: prisoner.name.isFallback ? prisoner.name.lang : undefined,
              })),
              filters.prisoner,
            )}
          />
          <Select
            name="year"
            id="filter-year"
            label={t("year")}
            placeholder={t("anyYear")}
            defaultValue={filters.year !== undefined ? String(filters.year) : ""}
            options={withCurrent(
              options.years.map((year) => ({ value: String(year), label: String(year) })),
              filters.year === undefined ? undefined : String(filters.year),
            )}
          />
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit">{t("apply")}</Button>
          {isFiltered ? <TextLink href={path}>{t("clear")}</TextLink> : null}
        </div>
      </form>
    </section>
  );
}
