"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

interface DashboardNavLinkProps {
  href: string;
  exact?: boolean;
  children: ReactNode;
}

/**
 * A dashboard menu link that says where the reader is (`aria-current`), not only by colour. Never
 * prefetched: every dashboard page is rendered from the database per request, and a menu of about
 * twenty links would otherwise render them all in the background on every page (with
 * `prefetch={false}` the App Router fetches neither on entering the viewport nor on hover).
 */
export function DashboardNavLink({ href, exact, children }: DashboardNavLinkProps) {
  const pathname = usePathname();
  const current =
    pathname === href ? "page" : !exact && pathname.startsWith(`${href}/`) ? "true" : undefined;
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={current}
      className={clsx(
        "flex min-h-11 items-center rounded-md border-l-4 px-3 py-2 font-medium underline-offset-4 hover:underline",
        current
          ? "border-accent-700 bg-accent-50 text-accent-900 dark:border-accent-300 dark:bg-slate-800 dark:text-accent-100"
          : "border-transparent text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
      )}
    >
      {children}
    </Link>
  );
}
