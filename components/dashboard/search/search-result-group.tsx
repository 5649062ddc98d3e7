import { getTranslations } from "next-intl/server";
import { textLinkClass } from "@/components/ui/text-link";
import { Link } from "@/lib/i18n/navigation";

export interface SearchHit {
  id: string;
  label: string;
  /** The item's editor. */
  href: string;
  /** A second line: state, kind or publisher. */
  detail?: string;
}

interface SearchResultGroupProps {
  id: string;
  title: string;
  query: string;
  total: number;
  hits: SearchHit[];
  /** The type's own list, filtered by the same text and paged there. */
  listHref: string;
}

/** One kind of content in the dashboard search's results: the first matches and the way on. */
export async function SearchResultGroup({
  id,
  title,
  query,
  total,
  hits,
  listHref,
}: SearchResultGroupProps) {
  const t = await getTranslations("DashboardFrame.search");
  const headingId = `search-group-${id}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold text-slate-900 dark:text-slate-100">
        {title}{" "}
        <span className="font-normal text-slate-700 dark:text-slate-300">
          ({t("count", { count: total })})
        </span>
      </h2>
      {hits.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link href={hit.href} prefetch={false} className={textLinkClass}>
                {hit.label}
              </Link>
              {hit.detail ? (
                <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">
                  {hit.detail}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {total > hits.length ? (
        <p>
          <Link href={listHref} prefetch={false} className={textLinkClass}>
            {t("showAll", { q: query })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
