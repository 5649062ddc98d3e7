import { sitemapFileResponse } from "@/lib/sitemap/sitemap-responses";

/** One file of the sitemap index: /sitemaps/prisoners-en-1.xml (lib/sitemap). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return sitemapFileResponse(file);
}
