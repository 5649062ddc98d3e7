"use client";

import {
  breadcrumbTrail,
  type Breadcrumb,
  type BreadcrumbLabels,
} from "@/components/dashboard/breadcrumbs/breadcrumb-trail";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * "Dashboard › Prisoners › <name> › Cases" above every dashboard page below the home: an ordered
 * list in a labelled navigation landmark, the last item the current page (WAI-ARIA APG breadcrumb
 * pattern). Derived from the address (breadcrumb-trail.ts). A trail with an item is rendered by
 * the item's page, which knows its name (`itemTitle`, item-breadcrumbs.tsx); the shell's copy
 * (no `itemTitle`) renders nothing there, so that no page shows a generic "Item" crumb, not even
 * before or without JavaScript.
 */
export function DashboardBreadcrumbs({
  labels,
  itemTitle,
}: {
  labels: BreadcrumbLabels;
  itemTitle?: string;
}) {
  const trail = breadcrumbTrail(usePathname(), labels);
  if (trail.length === 0) return null;
  const hasItem = trail.some((crumb) => crumb.itemId !== undefined);
  if (hasItem !== (itemTitle !== undefined)) return null;
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
            <Crumb
              label={crumb.itemId !== undefined && itemTitle ? itemTitle : crumb.label}
              href={crumb.href}
              current={index === trail.length - 1}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Crumb({
  label,
  href,
  current,
}: Pick<Breadcrumb, "label" | "href"> & { current: boolean }) {
  if (href === null) return <span className="text-slate-700 dark:text-slate-300">{label}</span>;
  return (
    <Link
      href={href}
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
