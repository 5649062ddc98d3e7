import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DirectoryPage, directoryMetadata } from "../../_directory/directory-page";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { DEFAULT_DIRECTORY_VIEW, directoryQueryOfView } from "@/lib/search/directory-view";

type Props = { params: Promise<{ locale: string; view: string }> };

/**
 * The directory's cached pages (ISR), one per clean address: proxy.ts rewrites
 * `/{locale}/prisoners?…` here when the query string is its query's canonical form
 * (lib/search/directory-view.ts) and refuses this path to anyone asking for it directly. The
 * data reads are tagged (lib/data/prisoner-directory.ts), so publishing, unpublishing or redacting
 * a profile drops these pages at once.
 *
 * Otherwise the plain listing is kept the hour, as a profile is (what the tags miss shows within
 * that). A search's or a filter's page lives no longer than its search read, a minute
 * (DIRECTORY_SEARCH_MAX_AGE_SECONDS): Next.js gives a page the shortest life of the cached reads
 * it rendered from. With a minute here too, the listing was rendered again in the background on
 * the first request of every minute, at 100,000 prisoners a tenth of a second of the one thread
 * that serves the surge it was cached for.
 */
export const revalidate = 3600;

/** Every clean query gets its page on its first request. */
export const dynamicParams = true;

/**
 * The plain listing is prerendered at build, for each locale of the layout's params (the build
 * runs with the database, as the launchers start it).
 */
export function generateStaticParams() {
  return [{ view: DEFAULT_DIRECTORY_VIEW }];
}

async function queryOf(params: Props["params"]) {
  const query = directoryQueryOfView((await params).view);
  if (!query) notFound();
  return query;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  return directoryMetadata(locale, await queryOf(params));
}

export default async function DirectoryViewPage({ params }: Props) {
  const locale = await getPageLocale(params);
  return <DirectoryPage locale={locale} query={await queryOf(params)} />;
}
