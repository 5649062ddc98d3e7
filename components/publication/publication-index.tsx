import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { PublicationFilters } from "@/components/publication/publication-filters";
import { PublicationList } from "@/components/publication/publication-list";
import { TextLink } from "@/components/ui/text-link";
import type {
  PublicationFilterOptionsDto,
  PublicationPageDto,
} from "@/lib/data/publication-search";
import type { PublicationSection } from "@/lib/data/publications";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import {
  publicationQuery,
  type PublicationFilters as Filters,
} from "@/lib/validation/publication-filters";

interface PublicationIndexProps {
  section: PublicationSection;
  locale: Locale;
  filters: Filters;
  result: PublicationPageDto;
  options: PublicationFilterOptionsDto;
}

/** The body of /news and /reports: filters, the count, one page of results and paging. */
export async function PublicationIndex({
  section,
  locale,
  filters,
  result,
  options,
}: PublicationIndexProps) {
  const [t, tPage] = await Promise.all([
    getTranslations("Publications"),
    getTranslations("PublicationsPage"),
  ]);
  const path = publicRoutes[section]();
  const isFiltered = Object.keys(filters).length > 0;

  return (
    <Container>
      <PageHeader title={t(`${section}Title`)} lead={t(`${section}Lead`)}>
        <p>
          {/* A plain link: the feed is a file, not a page of the app. */}
          <a
            href={localized(locale, publicRoutes.feed())}
            type="application/atom+xml"
            className="inline-flex items-center gap-2 rounded-sm font-medium text-accent-700 underline decoration-1 underline-offset-4 hover:decoration-2 dark:text-accent-200"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
              <path d="M3 3a14 14 0 0 1 14 14h-2.5A11.5 11.5 0 0 0 3 5.5V3Zm0 5a9 9 0 0 1 9 9H9.5A6.5 6.5 0 0 0 3 10.5V8Zm2 5.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z" />
            </svg>
            {tPage("feedLink")}
          </a>
        </p>
      </PageHeader>

      <PublicationFilters section={section} locale={locale} filters={filters} options={options} />

      <p className="mb-6 font-semibold text-slate-800 dark:text-slate-200">
        {tPage("resultCount", { count: result.total })}
      </p>

      {result.items.length > 0 ? (
        <PublicationList publications={result.items} headingLevel={2} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          {isFiltered ? (
            <>
              {tPage("noResults")} <TextLink href={path}>{tPage("clear")}</TextLink>
            </>
          ) : (
            t(`${section}Empty`)
          )}
        </p>
      )}

      <Pagination
        basePath={path}
        query={publicationQuery(filters)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </Container>
  );
}
