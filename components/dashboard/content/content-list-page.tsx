import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { KeysetPagination } from "@/components/layout/keyset-pagination";
import { Pagination } from "@/components/layout/pagination";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import type { KeysetPage, PageSlice } from "@/lib/data/page-window";
import type { ExportListName } from "@/lib/export/export-list-names";
import { apiRoutes, dashboardRoutes, withQuery } from "@/lib/routes";

/** A list paged by keyset (one that grows to 100,000 rows): its total and where the page sits. */
interface KeysetList {
  total: number;
  position: KeysetPage;
}

export interface ListFilter {
  name: string;
  label: string;
  placeholder: string;
  options: readonly SelectOption[];
  value: string;
}

interface ContentListPageProps {
  /** Who is looking: the "new" and export links show only when the policy lets them. */
  actor: Actor;
  /** The policy's name for the list's items; its section's paths come from lib/routes.ts. */
  type: ContentType;
  title: string;
  lead: string;
  /** The "New …" link's text. */
  newLabel: string;
  /** The list's query: the search text and `?deleted=1` after a redirect from the delete action. */
  query: { q?: string; deleted?: string };
  filters?: ListFilter[];
  /** The page of results shown (lib/data's list result; the items go to the table): numbered or keyset. */
  list: PageSlice | KeysetList;
  /**
   * The list's name in /api/dashboard/export/<list> (lib/export/export-lists.ts), when it has an
   * export; the file holds every item (in `exportState` when given).
   */
  exportList?: ExportListName;
  exportState?: string;
  children: ReactNode;
}

/**
 * The frame of a dashboard list: heading, "new" link, a GET search-and-filter form (bookmarkable,
 * works without JavaScript), the number of results, the table, and page links that keep the
 * search.
 */
export async function ContentListPage({
  actor,
  type,
  title,
  lead,
  newLabel,
  query: { q = "", deleted },
  filters = [],
  list,
  exportList,
  exportState,
  children,
}: ContentListPageProps) {
  const t = await getTranslations("ContentEditor.list");
  const { total } = list;
  const basePath = dashboardRoutes.list(type);
  // The policy is asked here only to hide links; the new page and the export route ask it again.
  const mayCreate = can(actor, "create", { type });
  const mayExport = exportList !== undefined && can(actor, "export", { type });
  // What the "clear" link and the page links keep.
  const searched: Record<string, string> = {};
  if (q) searched.q = q;
  for (const filter of filters) if (filter.value) searched[filter.name] = filter.value;
  return (
    <>
      <PageHeader title={title} lead={lead}>
        {mayCreate ? (
          <div>
            <Button href={dashboardRoutes.create(type)}>{newLabel}</Button>
          </div>
        ) : null}
      </PageHeader>
      {deleted ? (
        <Alert tone="success" announce className="mb-6">
          {t("deleted")}
        </Alert>
      ) : null}
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-4">
        <TextField
          name="q"
          id="list-q"
          type="search"
          label={t("searchLabel")}
          defaultValue={q}
          className="min-w-64"
        />
        {filters.map((filter) => (
          <Select
            key={filter.name}
            name={filter.name}
            id={`list-${filter.name}`}
            label={filter.label}
            placeholder={filter.placeholder}
            options={filter.options}
            defaultValue={filter.value}
          />
        ))}
        <Button type="submit" variant="secondary">
          {t("searchButton")}
        </Button>
        {Object.keys(searched).length > 0 ? (
          <p className="flex min-h-11 items-center">
            <TextLink href={basePath}>{t("clear")}</TextLink>
          </p>
        ) : null}
      </form>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="text-slate-800 dark:text-slate-200">
          {t("results", { count: total })}
        </p>
        {mayExport ? (
          <p className="flex flex-wrap gap-4">
            {(["csv", "json"] as const).map((format) => (
              // A file download from a route handler: a plain link, no locale, no prefetch.
              <a
                key={format}
                className="font-medium text-accent-700 underline underline-offset-4 dark:text-accent-200"
                href={withQuery(apiRoutes.dashboardExport(exportList), {
                  format,
                  state: exportState,
                })}
              >
                {format === "csv" ? t("exportCsv") : t("exportJson")}
              </a>
            ))}
          </p>
        ) : null}
      </div>
      {total > 0 ? children : null}
      {"position" in list ? (
        <KeysetPagination basePath={basePath} page={list.position} query={searched} />
      ) : (
        <Pagination
          basePath={basePath}
          page={list.page}
          pageCount={list.pageCount}
          total={total}
          pageSize={list.pageSize}
          query={searched}
          prefetch={false}
        />
      )}
    </>
  );
}
