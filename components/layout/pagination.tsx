import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

interface PaginationProps {
  /** Path of the list without the locale, e.g. "/prisoners". */
  basePath: string;
  page: number;
  pageCount: number;
}

const linkClass =
  "inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-medium text-accent-800 hover:bg-slate-100 dark:border-slate-500 dark:text-accent-100 dark:hover:bg-slate-800";

/** Previous/next links with the position in words; plain links, so paging works without JS. */
export async function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`);
  return (
    <nav aria-label={t("label")} className="mt-10 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : null}
      <p className="text-slate-700 dark:text-slate-300" aria-current="page">
        {t("position", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
