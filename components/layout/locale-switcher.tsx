"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { localeNames } from "@/lib/i18n/locale-names";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { publicPathOf } from "@/lib/search/directory-view-path";

interface LocaleSwitcherProps {
  /** Accessible name of the group of language links. */
  label: string;
}

/**
 * Plain links to the same page (and query) in each locale, so switching works without
 * JavaScript. JS only adds client routing and keeps the links current across client-side
 * navigations (the header is not re-rendered then).
 *
 * Pages rendered per request (those with a query: search, filters) know the query on the server
 * and render the links with it, as do the directory's cached pages (their path names it). Other
 * pages prerendered for the cache have no query to know: there the Suspense fallback's links
 * (path only) are served, and the browser adds the query once it runs.
 */
export function LocaleSwitcher({ label }: LocaleSwitcherProps) {
  return (
    <Suspense fallback={<LocaleLinks label={label} search="" />}>
      <LocaleLinksWithQuery label={label} />
    </Suspense>
  );
}

function LocaleLinksWithQuery({ label }: LocaleSwitcherProps) {
  return <LocaleLinks label={label} search={useSearchParams().toString()} />;
}

function LocaleLinks({ label, search }: LocaleSwitcherProps & { search: string }) {
  // A cached directory page renders at its own path, which carries its query (publicPathOf).
  const pathname = publicPathOf(usePathname());
  const currentLocale = useLocale();
  const href = search && !pathname.includes("?") ? `${pathname}?${search}` : pathname;

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === currentLocale ? "true" : undefined}
              className="locale-link"
            >
              {localeNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
