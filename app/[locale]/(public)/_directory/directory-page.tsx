import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { directoryChoicesOf } from "@/components/directory/directory-choices";
import { DirectoryLiveSearch } from "@/components/directory/directory-live-search";
import { DirectoryMessagesProvider } from "@/components/directory/directory-messages-provider";
import { packDirectoryResult } from "@/components/directory/packed-results";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/ui/text-link";
import { searchDirectory } from "@/lib/data/prisoner-directory";
import { getDirectoryFilterOptions } from "@/lib/data/prisoner-directory-filters";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicRoutes } from "@/lib/routes";
import { hasDirectoryFilters, type DirectoryQuery } from "@/lib/search/directory-params";

/**
 * The prisoner directory's page, for its two routes: prisoners/page.tsx renders it per request
 * for any address, directory-view/[view]/page.tsx caches it (ISR) for each clean address
 * (lib/search/directory-view.ts; proxy.ts sends those there). One page, whichever route serves it.
 */

export async function directoryMetadata(locale: Locale, query: DirectoryQuery): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Prisoners" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.prisoners()),
    // Result pages of searches and filters are endless variations of this page: not for indexes.
    robots: query.q || hasDirectoryFilters(query) ? { index: false, follow: true } : undefined,
  };
}

export async function DirectoryPage({ locale, query }: { locale: Locale; query: DirectoryQuery }) {
  const [t, tDirectory, tCalendar, options, result] = await Promise.all([
    getTranslations({ locale, namespace: "Prisoners" }),
    getTranslations({ locale, namespace: "DirectoryPage" }),
    getTranslations({ locale, namespace: "Calendar" }),
    getDirectoryFilterOptions(locale),
    searchDirectory(query, locale),
  ]);
  const choices = directoryChoicesOf(options, {
    group: (country, code) => tDirectory("chargeGroup", { country, code }),
    article: (article, part, title) =>
      part
        ? tDirectory("chargeOptionPart", { article, part, title })
        : tDirectory("chargeOption", { article, title }),
  });

  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        {/* Server-rendered only: the live search's payload stays as it was. */}
        <p className="mt-3">
          <TextLink href={publicRoutes.calendar()}>{tCalendar("directoryLink")}</TextLink>
        </p>
      </PageHeader>
      <h2 id="directory-search-heading" className="sr-only">
        {tDirectory("searchHeading")}
      </h2>
      {/* The form and the results are drawn in the browser too (the live search). */}
      <DirectoryMessagesProvider locale={locale}>
        <DirectoryLiveSearch
          action={getPathname({ href: publicRoutes.prisoners(), locale })}
          labelledBy="directory-search-heading"
          choices={choices}
          initial={{ query, packed: packDirectoryResult(result, locale) }}
        />
      </DirectoryMessagesProvider>
    </Container>
  );
}
