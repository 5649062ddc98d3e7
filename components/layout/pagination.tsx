import { useTranslations } from "next-intl";
import { visiblePages } from "@/components/layout/page-numbers";
import { pageRange } from "@/lib/data/page-window";
import { Link } from "@/lib/i18n/navigation";

interface PaginationProps {
  /** Path of the list without the locale, e.g. "/prisoners". */
  basePath: string;
  page: number;
  pageCount: number;
  /** Other query parameters of the list (search, filters), kept on every page link. */
  query?: Record<string, string>;
  /**
   * The list's size and rows per page (lib/data/page-window.ts): the position is then said as
   * "41–60 of 2,968" rather than "Page 3 of 149".
   */
  total?: number;
  pageSize?: number;
  /** False on pages rendered from the database per request (the dashboard): no prefetch. */
  prefetch?: false;
}

// .pagination and .page-link are in app/globals.css, with the current page's colours (its
// aria-current): the directory draws these links on every results page.
const linkClass = "page-link";

/**
 * Previous/next and numbered page links; plain links, so paging works without JS. The current
 * page is marked with aria-current, and the position is also said in words. Not async, so that
 * it renders in the browser too: the directory's live search draws new results there.
 */
export function Pagination({
  basePath,
  page,
  pageCount,
  query = {},
  total,
  pageSize,
  prefetch,
}: PaginationProps) {
  const t = useTranslations("Pagination");
  const position =
    total !== undefined && pageSize !== undefined
      ? t("range", { ...pageRange({ total, page, pageSize }), total })
      : t("position", { page, pageCount });
  // A one-page list with a known size still says how many rows it shows.
  if (pageCount <= 1) {
    return total !== undefined && total > 0 ? (
      <p className="mt-6 text-slate-700 dark:text-slate-300">{position}</p>
    ) : null;
  }
  const href = (target: number) => ({
    pathname: basePath,
    query: target === 1 ? query : { ...query, page: String(target) },
  });
  return (
    <nav aria-label={t("label")} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" prefetch={prefetch} className={linkClass}>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((number, index) =>
          number === null ? (
            <li
              key={`gap-${index}`}
              aria-hidden="true"
              className="px-1 text-slate-700 dark:text-slate-300"
            >
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={href(number)}
                prefetch={prefetch}
                aria-current={number === page ? "page" : undefined}
                className={linkClass}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" prefetch={prefetch} className={linkClass}>
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
      <p>{position}</p>
    </nav>
  );
}
