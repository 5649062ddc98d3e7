import { getTranslations } from "next-intl/server";
import type { KeysetPage } from "@/lib/data/page-window";
import { Link } from "@/lib/i18n/navigation";

interface KeysetPaginationProps {
  /** Path of the list without the locale, e.g. "/dashboard/prisoners". */
  basePath: string;
  page: KeysetPage;
  /** Other query parameters of the list (search, filters), kept on every page link. */
  query?: Record<string, string>;
  /** True when `page.total` is an estimate that the list may exceed ("of more than 100,000"). */
  totalIsLowerBound?: boolean;
}

/**
 * First/previous/next/last links of a keyset-paged list (lib/data/keyset-page.ts): plain links
 * with the cursor in the query string, so paging works without JavaScript, never prefetched (each
 * is a database read). No page numbers: a keyset page is found by its neighbour, not its number;
 * its position is said in words ("41–60 of 2,968").
 */
export async function KeysetPagination({
  basePath,
  page,
  query = {},
  totalIsLowerBound,
}: KeysetPaginationProps) {
  if (page.total === 0) return null;
  const t = await getTranslations("Pagination");
  const position = t(totalIsLowerBound ? "rangeMoreThan" : "range", {
    from: page.from,
    to: page.to,
    total: page.total,
  });
  const links = [
    page.previousBefore ? { key: "first", query: {}, rel: undefined } : null,
    page.previousBefore
      ? { key: "previous", query: { before: page.previousBefore }, rel: "prev" }
      : null,
    page.nextAfter ? { key: "next", query: { after: page.nextAfter }, rel: "next" } : null,
    page.nextAfter ? { key: "last", query: { last: "1" }, rel: undefined } : null,
  ].filter((link) => link !== null);
  return (
    <nav aria-label={t("label")} className="mt-10 flex flex-col gap-4">
      {links.length > 0 ? (
        <ul className="flex flex-wrap items-center gap-2">
          {links.map((link) => (
            <li key={link.key}>
              <Link
                href={{ pathname: basePath, query: { ...query, ...link.query } }}
                rel={link.rel}
                prefetch={false}
                className="page-link"
              >
                {t(link.key as "first" | "previous" | "next" | "last")}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p aria-current="page" className="text-slate-700 dark:text-slate-300">
        {position}
      </p>
    </nav>
  );
}
