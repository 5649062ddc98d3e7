import type { Metadata } from "next";
import { DirectoryPage, directoryMetadata } from "../_directory/directory-page";
import { redirect } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes, withQuery } from "@/lib/routes";
import { directorySearchParams } from "@/lib/search/directory-params";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The directory for addresses that are not a query's clean one: proxy.ts sends clean addresses to
 * their cached page (directory-view/[view]) and redirects a valid query written another way to its
 * clean address, so this page, rendered per request, answers only addresses with a value that is
 * not valid (an edited or old link, a form submitted without JavaScript).
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  return directoryMetadata(locale, parseDirectoryQuery(await searchParams));
}

export default async function PrisonersPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const raw = await searchParams;
  const query = parseDirectoryQuery(raw);
  // Without JavaScript the form submits every field, empty ones included ("?q=&country=kz&tag=");
  // proxy.ts redirects that when every value is valid. With one that is not, the clean address of
  // the query as understood is still the one worth sharing (and cached).
  if (
    Object.values(raw).some((value) => value === "" || (Array.isArray(value) && value.includes("")))
  ) {
    redirect({ href: withQuery(publicRoutes.prisoners(), directorySearchParams(query)), locale });
  }
  return <DirectoryPage locale={locale} query={query} />;
}
