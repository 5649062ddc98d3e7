import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { visiblePages } from "@/components/layout/page-numbers";
import { Link } from "@/lib/i18n/navigation";

interface PaginationProps {
  /** Path of the list without the locale, e.g. "/prisoners". */
  basePath: string;
  page: number;
  pageCount: number;
  /** Other query parameters of the list (search, filters), kept on every page link. */
  query?: Record<string, string>;
}

// .page-link is in app/globals.css; the current page's utilities override its colours.
const linkClass = "page-link";

const currentClass =
  "border-accent-700 bg-accent-700 text-white hover:bg-accent-800 dark:border-accent-200 dark:bg-accent-200 dark:text-accent-950 dark:hover:bg-accent-100";

/**
 * Previous/next and numbered page links; plain links, so paging works without JS. The current
 * page is marked with aria-current, and the position is also said in words.
 */
export async function Pagination({ basePath, page, pageCount, query = {} }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const href = (target: number) => ({
    pathname: basePath,
    query: target === 1 ? query : { ...query, page: String(target) },
  });
  return (
    <nav aria-label={t("label")} className="mt-10 flex flex-col gap-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
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
                aria-current={number === page ? "page" : undefined}
                className={clsx(linkClass, number === page && currentClass)}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="text-slate-700 dark:text-slate-300">{t("position", { page, pageCount })}</p>
    </nav>
  );
}
