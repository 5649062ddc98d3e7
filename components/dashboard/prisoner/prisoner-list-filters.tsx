import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { DashboardPrisonerFilters } from "@/lib/data/dashboard-prisoners";
import { dashboardRoutes } from "@/lib/routes";
import { PRISONER_STATUSES } from "@/lib/validation/prisoner";
import { PUBLICATION_STATES } from "@/lib/validation/prisoner-timeline";

/** The list's search and filters: a GET form, so results are linkable and work without JS. */
export async function PrisonerListFilters({
  filters,
  countries,
}: {
  filters: DashboardPrisonerFilters;
  countries: SelectOption[];
}) {
  const [t, tStatus] = await Promise.all([
    getTranslations("PrisonerEditor"),
    getTranslations("PrisonerStatus"),
  ]);
  return (
    <form method="get" role="search" className="mb-6 grid gap-4 md:grid-cols-5 md:items-end">
      <div className="md:col-span-2">
        <TextField name="q" type="search" label={t("search")} defaultValue={filters.q ?? ""} />
      </div>
      <Select
        name="state"
        label={t("filterState")}
        placeholder={t("anyState")}
        defaultValue={filters.state ?? ""}
        options={PUBLICATION_STATES.map((value) => ({ value, label: t(`states.${value}`) }))}
      />
      <Select
        name="country"
        label={t("filterCountry")}
        placeholder={t("anyCountry")}
        defaultValue={filters.country ?? ""}
        options={countries}
      />
      <Select
        name="status"
        label={t("filterStatus")}
        placeholder={t("anyStatus")}
        defaultValue={filters.status ?? ""}
        options={PRISONER_STATUSES.map((value) => ({ value, label: tStatus(value) }))}
      />
      <div className="flex gap-3 md:col-span-5">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button href={dashboardRoutes.list("prisoner")} variant="secondary">
          {t("resetFilters")}
        </Button>
      </div>
    </form>
  );
}
