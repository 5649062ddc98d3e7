import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DirectoryPrisonerCard } from "@/components/directory/directory-prisoner-card";
import { Pagination } from "@/components/layout/pagination";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import type { DirectoryResultDto } from "@/lib/data/prisoner-directory";
import { publicRoutes, withQuery } from "@/lib/routes";
import {
  directorySearchParams,
  hasDirectoryFilters,
  type DirectoryQuery,
} from "@/lib/validation/directory-query";

interface DirectoryResultsProps {
  query: DirectoryQuery;
  result: DirectoryResultDto;
}

/** The directory's answer to a query: the count, the people, or what to try instead. */
export async function DirectoryResults({ query, result }: DirectoryResultsProps) {
  const t = await getTranslations("DirectoryPage");
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
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
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
        page={result.page}
        pageCount={result.pageCount}
        query={directorySearchParams({ ...query, page: 1 })}
      />
    </section>
  );
}

async function DirectoryEmptyState({
  query,
  suggestion,
}: {
  query: DirectoryQuery;
  suggestion: string | null;
}) {
  const t = await getTranslations("DirectoryPage");
  const filtered = hasDirectoryFilters(query);
  // The link inside a translated sentence ("<link>clear the filters</link> and …").
  const link = (href: string) =>
    function SentenceLink(chunks: ReactNode) {
      return <TextLink href={href}>{chunks}</TextLink>;
    };
  const suggestionHref =
    suggestion === null
      ? null
      : withQuery(
          publicRoutes.prisoners(),
          directorySearchParams({ ...query, q: suggestion, page: 1 }),
        );
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60">
      <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        {query.q ? t("emptyTitle") : t("emptyFiltersTitle")}
      </h3>
      <p className="text-slate-800 dark:text-slate-200">{t("emptyHelp")}</p>
      <ul className="flex list-disc flex-col gap-1.5 pl-6 text-slate-800 dark:text-slate-200">
        {suggestionHref && suggestion ? (
          <li>{t.rich("didYouMean", { name: suggestion, link: link(suggestionHref) })}</li>
        ) : null}
        {query.q ? <li>{t("checkSpelling")}</li> : null}
        {filtered ? (
          <li>
            {t.rich("clearFilters", {
              link: link(
                withQuery(
                  publicRoutes.prisoners(),
                  directorySearchParams({ q: query.q, sort: query.sort }),
                ),
              ),
            })}
          </li>
        ) : null}
        <li>{t.rich("clearSearch", { link: link(publicRoutes.prisoners()) })}</li>
      </ul>
    </div>
  );
}
