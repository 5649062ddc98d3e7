import "server-only";
import {
  listSitemapChunkPages,
  listSitemapChunks,
  sitemapSections,
  type SitemapChunkDto,
  type SitemapPageDto,
} from "@/lib/data/sitemap-pages";
import { routing } from "@/lib/i18n/routing";
import type { SitemapFileRef } from "@/lib/sitemap/file-name";

/** How sections are cut: chunks of rows (the unit read and cached), files of chunks. */
export interface SitemapLayout {
  rowsPerChunk: number;
  chunksPerFile: number;
}

/**
 * 50,000 addresses per file, the protocol's limit. With hreflang alternates in two locales an
 * entry is about 380 bytes, so a full file is about 19 MB, under the protocol's 50 MB. A chunk of
 * 10,000 rows is about 1 MB in the data cache, which keeps entries under 2 MB.
 */
export const SITEMAP_LAYOUT: SitemapLayout = { rowsPerChunk: 10_000, chunksPerFile: 5 };

export interface SitemapFileDto extends SitemapFileRef {
  /** The newest change among the file's pages (ISO), when known. */
  lastModified: string | null;
  /** How many `<url>` entries the file has. */
  urls: number;
}

function newestOf(chunks: SitemapChunkDto[]): string | null {
  let latest: string | null = null;
  // ISO date-times from toISOString() compare as strings.
  for (const chunk of chunks) {
    if (chunk.lastModified && (!latest || chunk.lastModified > latest)) latest = chunk.lastModified;
  }
  return latest;
}

/** Every file of the sitemap, section by section, then locale by locale. */
export async function listSitemapFiles(
  layout: SitemapLayout = SITEMAP_LAYOUT,
): Promise<SitemapFileDto[]> {
  const chunksBySection = await Promise.all(
    sitemapSections.map((section) => listSitemapChunks(section, layout.rowsPerChunk)),
  );
  // The pages without content of their own (home, lists, statistics) show the newest content.
  const newestAnywhere = newestOf(chunksBySection.flat());
  return sitemapSections.flatMap((section, index) => {
    const chunks = chunksBySection[index]!;
    const files: SitemapFileDto[] = [];
    for (const locale of routing.locales) {
      for (let start = 0; start < chunks.length; start += layout.chunksPerFile) {
        const group = chunks.slice(start, start + layout.chunksPerFile);
        files.push({
          section,
          locale,
          page: start / layout.chunksPerFile + 1,
          lastModified: section === "pages" ? newestAnywhere : newestOf(group),
          urls: group.reduce((sum, chunk) => sum + chunk.rows, 0),
        });
      }
    }
    return files;
  });
}

/**
 * The readers of a file's chunks, in order (each a keyset read, cached), or null when the
 * section has no such page. The chunks are read one at a time as the response is streamed.
 */
export async function openSitemapFile(
  file: SitemapFileRef,
  layout: SitemapLayout = SITEMAP_LAYOUT,
): Promise<(() => Promise<SitemapPageDto[]>)[] | null> {
  const chunks = await listSitemapChunks(file.section, layout.rowsPerChunk);
  const start = (file.page - 1) * layout.chunksPerFile;
  if (start >= chunks.length) return null;
  return chunks.slice(start, start + layout.chunksPerFile).map((chunk, offset) => {
    const before = chunks[start + offset + 1]?.first ?? null;
    return () => listSitemapChunkPages(file.section, chunk.first, before, layout.rowsPerChunk);
  });
}
