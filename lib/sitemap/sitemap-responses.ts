import "server-only";
import { routing } from "@/lib/i18n/routing";
import { crawlerRoutes } from "@/lib/routes";
import { publicOrigin, publicUrl } from "@/lib/security/public-origin";
import { parseSitemapFileName, sitemapFileName } from "@/lib/sitemap/file-name";
import {
  listSitemapFiles,
  openSitemapFile,
  SITEMAP_LAYOUT,
  type SitemapLayout,
} from "@/lib/sitemap/sitemap-files";
import {
  renderSitemapIndex,
  renderUrlEntries,
  URLSET_CLOSE,
  URLSET_OPEN,
} from "@/lib/sitemap/sitemap-xml";

/**
 * The HTTP answers of the sitemap (app/sitemap.xml, app/sitemaps/[file]). Absolute URLs are on
 * the configured public origin, never a request's Host: these answers are the same for everyone.
 * The data behind them is cached and refreshed by the content's tags, so a browser or nginx may
 * not keep them (as Next.js answered for the old metadata sitemap): a withdrawn profile leaves
 * the next answer.
 */
const HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=0, must-revalidate",
};

function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

/** The sitemap index: every file, with the date of its newest change. */
export async function sitemapIndexResponse(
  layout: SitemapLayout = SITEMAP_LAYOUT,
): Promise<Response> {
  const files = await listSitemapFiles(layout);
  const xml = renderSitemapIndex(
    files.map((file) => ({
      url: publicUrl(crawlerRoutes.sitemapFile(sitemapFileName(file))),
      lastModified: file.lastModified,
    })),
  );
  return new Response(xml, { headers: HEADERS });
}

/**
 * One sitemap file, streamed a chunk at a time: at most one chunk's pages and text are held at
 * once. A chunk that fails to read ends the stream with an error (the client sees a broken
 * transfer, never a short file that looks whole).
 */
export async function sitemapFileResponse(
  name: string,
  layout: SitemapLayout = SITEMAP_LAYOUT,
): Promise<Response> {
  const file = parseSitemapFileName(name);
  if (!file) return notFound();
  const chunks = await openSitemapFile(file, layout);
  if (!chunks) return notFound();

  const origin = publicOrigin();
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(URLSET_OPEN));
    },
    async pull(controller) {
      const read = chunks[next++];
      if (!read) {
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
        return;
      }
      const pages = await read();
      controller.enqueue(
        encoder.encode(renderUrlEntries(pages, file.locale, routing.locales, origin)),
      );
    },
  });
  return new Response(body, { headers: HEADERS });
}
