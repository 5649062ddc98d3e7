import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { z } from "zod";
import { PrisonerListFilters } from "@/components/dashboard/prisoner/prisoner-list-filters";
import { PrisonerListTable } from "@/components/dashboard/prisoner/prisoner-list-table";
import { PageHeader } from "@/components/layout/page-header";
import { KeysetPagination } from "@/components/layout/keyset-pagination";
import { Button, buttonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import {
  getPrisonerCountryOptions,
  listDashboardPrisoners,
  type DashboardPrisonerFilters,
} from "@/lib/data/dashboard-prisoners";
import { parseKeysetRequest } from "@/lib/data/page-window";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { apiRoutes, dashboardRoutes, withQuery } from "@/lib/routes";
import { PRISONER_STATUSES } from "@/lib/validation/prisoner";
import { PUBLICATION_STATES } from "@/lib/validation/prisoner-timeline";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("listTitle") };
}

// Unknown or malformed parameters are ignored rather than answered with an error.
const filtersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(PUBLICATION_STATES).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  status: z.enum(PRISONER_STATUSES).optional().catch(undefined),
});

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === "" ? undefined : text;
}

/** Every profile for staff, with search, filters, paging, and links to create, import and export. */
export default async function DashboardPrisonersPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, first(value)]),
  );
  const filters: DashboardPrisonerFilters = {
    ...filtersSchema.parse(raw),
    cursor: parseKeysetRequest(raw),
  };
  const [t, list, countries] = await Promise.all([
    getTranslations("PrisonerEditor"),
    listDashboardPrisoners(actor, filters, locale),
    getPrisonerCountryOptions(actor, locale),
  ]);
  const query = Object.fromEntries(
    Object.entries({
      q: filters.q,
      state: filters.state,
      country: filters.country,
      status: filters.status,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <>
      <PageHeader title={t("listTitle")} lead={t("listLead")}>
        <div className="flex flex-wrap gap-3">
          {can(actor, "create", { type: "prisoner", state: "DRAFT" }) ? (
            <Button href={dashboardRoutes.create("prisoner")}>{t("newPrisoner")}</Button>
          ) : null}
          {can(actor, "import", { type: "prisoner" }) ? (
            <Button href={dashboardRoutes.prisonerImport()} variant="secondary">
              {t("importCsv")}
            </Button>
          ) : null}
          {can(actor, "export", { type: "prisoner" }) ? (
            <>
              {/* Route handlers outside the localised pages, downloaded as files: no locale, no prefetch. */}
              <NextLink
                href={withQuery(apiRoutes.dashboardExport("prisoners"), { format: "csv" })}
                prefetch={false}
                className={buttonClass("secondary")}
              >
                {t("exportCsv")}
              </NextLink>
              <NextLink
                href={withQuery(apiRoutes.dashboardExport("prisoners"), { format: "json" })}
                prefetch={false}
                className={buttonClass("secondary")}
              >
                {t("exportJson")}
              </NextLink>
            </>
          ) : null}
        </div>
      </PageHeader>
      <PrisonerListFilters filters={filters} countries={countries} />
      <p role="status" className="mb-4 font-semibold">
        {t("resultCount", { count: list.total })}
      </p>
      {list.items.length > 0 ? <PrisonerListTable items={list.items} /> : <p>{t("noResults")}</p>}
      <KeysetPagination
        basePath={dashboardRoutes.list("prisoner")}
        page={list.position}
        query={query}
      />
    </>
  );
}
