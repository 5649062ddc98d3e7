import { useTranslations } from "next-intl";
import { DirectoryEmptyState } from "@/components/directory/directory-empty-state";
import { DirectoryPrisonerCard } from "@/components/directory/directory-prisoner-card";
import { Pagination } from "@/components/layout/pagination";
import { Alert } from "@/components/ui/alert";
import type { DirectoryResultDto } from "@/lib/data/prisoner-directory";
import { publicRoutes } from "@/lib/routes";
import {
  directorySearchParams,
  hasDirectoryFilters,
  type DirectoryQuery,
} from "@/lib/search/directory-params";

interface DirectoryResultsProps {
  query: DirectoryQuery;
  result: DirectoryResultDto;
}

/**
 * The directory's answer to a query: the count, the people, or what to try instead. Drawn from
 * the same DTO on the server (first load, and without JavaScript) and in the browser (the live
 * search's JSON), so both give the same markup.
 */
export function DirectoryResults({ query, result }: DirectoryResultsProps) {
  const t = useTranslations("DirectoryPage");
  const searching = Boolean(query.q) || hasDirectoryFilters(query);

  return (
    <section aria-labelledby="directory-results-heading" className="flex flex-col gap-6">
      <h2 id="directory-results-heading" className="sr-only">
        {t("resultsHeading")}
      </h2>
      {/* A polite live region: when the results change as the visitor types, the new count is read out. */}
      <p role="status" className="font-medium text-slate-800 dark:text-slate-200">
        {searching
          ? t("resultCount", { count: result.total })
          : t("listingCount", { count: result.total })}
      </p>

      {result.similarOnly ? <Alert tone="info">{t("similarOnly", { q: query.q })}</Alert> : null}

      {result.items.length > 0 ? (
        // The cards' look is the list's (app/globals.css), so each card carries no classes.
        <ul className="directory-cards">
          {result.items.map((prisoner) => (
            <DirectoryPrisonerCard key={prisoner.slug} prisoner={prisoner} />
          ))}
        </ul>
      ) : searching ? (
        <DirectoryEmptyState query={query} suggestion={result.suggestion} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{t("nothingPublished")}</p>
      )}

      <Pagination
        basePath={publicRoutes.prisoners()}
        prefetch={false}
        page={result.page}
        pageCount={result.pageCount}
        query={directorySearchParams({ ...query, page: 1 })}
      />
    </section>
  );
}
