"use client";

import {
  breadcrumbTrail,
  type Breadcrumb,
  type BreadcrumbLabels,
} from "@/components/dashboard/breadcrumbs/breadcrumb-trail";
import { useBreadcrumbTitle } from "@/components/dashboard/breadcrumbs/breadcrumb-title";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * "Dashboard › Prisoners › <name> › Cases" above every dashboard page below the home: an ordered
 * list in a labelled navigation landmark, the last item the current page (WAI-ARIA APG breadcrumb
 * pattern). Derived from the address (breadcrumb-trail.ts); a page only names its item.
 */
export function DashboardBreadcrumbs({ labels }: { labels: BreadcrumbLabels }) {
  const trail = breadcrumbTrail(usePathname(), labels);
  if (trail.length === 0) return null;
  return (
    <nav aria-label={labels.label} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.href}`} className="flex min-w-0 items-center gap-x-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                ›
              </span>
            ) : null}
            <Crumb crumb={crumb} current={index === trail.length - 1} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Crumb({ crumb, current }: { crumb: Breadcrumb; current: boolean }) {
  const label = useBreadcrumbTitle(crumb.itemId) ?? crumb.label;
  if (crumb.href === null)
    return <span className="text-slate-700 dark:text-slate-300">{label}</span>;
  return (
    <Link
      href={crumb.href}
      prefetch={false}
      aria-current={current ? "page" : undefined}
      className={
        current
          ? "inline-flex min-h-6 items-center font-semibold text-slate-900 no-underline dark:text-slate-100"
          : "inline-flex min-h-6 items-center text-accent-800 underline underline-offset-2 dark:text-accent-200"
      }
    >
      <span className="max-w-[24ch] truncate">{label}</span>
    </Link>
  );
}
