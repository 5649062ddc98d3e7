import { sitemapIndexResponse } from "@/lib/sitemap/sitemap-responses";

/** The sitemap index: the files of public pages, by section and locale (lib/sitemap). */
export async function GET() {
  return sitemapIndexResponse();
}
