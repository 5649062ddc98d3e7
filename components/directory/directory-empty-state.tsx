import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { publicRoutes, withQuery } from "@/lib/routes";
import {
  directorySearchParams,
  hasDirectoryFilters,
  type DirectoryQuery,
} from "@/lib/search/directory-params";

/** What to try when a search or filter finds nobody: the closest name, spelling, fewer filters. */
export function DirectoryEmptyState({
  query,
  suggestion,
}: {
  query: DirectoryQuery;
  suggestion: string | null;
}) {
  const t = useTranslations("DirectoryPage");
  const filtered = hasDirectoryFilters(query);
  // The link inside a translated sentence ("<link>clear the filters</link> and …").
  const link = (href: string) =>
    function SentenceLink(chunks: ReactNode) {
      return <TextLink href={href}>{chunks}</TextLink>;
    };
  const directoryHref = (next: Partial<DirectoryQuery>) =>
    withQuery(publicRoutes.prisoners(), directorySearchParams(next));
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60">
      <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        {query.q ? t("emptyTitle") : t("emptyFiltersTitle")}
      </h3>
      <p className="text-slate-800 dark:text-slate-200">{t("emptyHelp")}</p>
      <ul className="flex list-disc flex-col gap-1.5 pl-6 text-slate-800 dark:text-slate-200">
        {suggestion ? (
          <li>
            {t.rich("didYouMean", {
              name: suggestion,
              link: link(directoryHref({ ...query, q: suggestion, page: 1 })),
            })}
          </li>
        ) : null}
        {query.q ? <li>{t("checkSpelling")}</li> : null}
        {filtered ? (
          <li>
            {t.rich("clearFilters", {
              link: link(directoryHref({ q: query.q, sort: query.sort })),
            })}
          </li>
        ) : null}
        <li>{t.rich("clearSearch", { link: link(publicRoutes.prisoners()) })}</li>
      </ul>
    </div>
  );
}
