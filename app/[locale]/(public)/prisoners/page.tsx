import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { DirectoryLiveSearch } from "@/components/directory/directory-live-search";
import { DirectorySearchFields } from "@/components/directory/directory-search-fields";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { searchDirectory } from "@/lib/data/prisoner-directory";
import { getDirectoryFilterOptions } from "@/lib/data/prisoner-directory-filters";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes, withQuery } from "@/lib/routes";
import { directorySearchParams, hasDirectoryFilters } from "@/lib/search/directory-params";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const query = parseDirectoryQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "Prisoners" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.prisoners()),
    // Result pages of searches and filters are endless variations of this page: not for indexes.
    robots: query.q || hasDirectoryFilters(query) ? { index: false, follow: true } : undefined,
  };
}

/** The messages of the results (components/directory/directory-results.tsx and its parts). */
const RESULT_MESSAGES = [
  "resultsHeading",
  "listingCount",
  "resultCount",
  "similarOnly",
  "nothingPublished",
  "statusWithheld",
  "similarMatch",
  "country",
  "arrested",
  "detainedSince",
  "emptyTitle",
  "emptyFiltersTitle",
  "emptyHelp",
  "didYouMean",
  "checkSpelling",
  "clearFilters",
  "clearSearch",
] as const;

function resultMessages(messages: Awaited<ReturnType<typeof getMessages>>) {
  const directory = messages.DirectoryPage as Record<string, string>;
  return {
    DirectoryPage: Object.fromEntries(RESULT_MESSAGES.map((key) => [key, directory[key]])),
    PrisonerStatus: messages.PrisonerStatus,
    Pagination: messages.Pagination,
  };
}

export default async function PrisonersPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const raw = await searchParams;
  const query = parseDirectoryQuery(raw);
  // Without JavaScript the form submits every field, empty ones included ("?q=&country=kz&tag=");
  // answer with the clean address of the same query, which is the one worth sharing.
  if (
    Object.values(raw).some((value) => value === "" || (Array.isArray(value) && value.includes("")))
  ) {
    redirect({ href: withQuery(publicRoutes.prisoners(), directorySearchParams(query)), locale });
  }
  const [t, tDirectory, messages, options, result] = await Promise.all([
    getTranslations("Prisoners"),
    getTranslations("DirectoryPage"),
    getMessages(),
    getDirectoryFilterOptions(locale),
    searchDirectory(query, locale),
  ]);

  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <h2 id="directory-search-heading" className="sr-only">
        {tDirectory("searchHeading")}
      </h2>
      {/* The results are drawn in the browser too (the live search): their messages go along. */}
      <NextIntlClientProvider messages={resultMessages(messages)}>
        <DirectoryLiveSearch
          action={getPathname({ href: publicRoutes.prisoners(), locale })}
          labelledBy="directory-search-heading"
          fields={<DirectorySearchFields query={query} options={options} />}
          initial={{ query, result }}
        />
      </NextIntlClientProvider>
    </Container>
  );
}
