import "server-only";
import { getPublicMediaFile } from "@/lib/data/publications";
import { StoredFileNotFoundError, type FileStorage } from "@/lib/storage";
import { contentDisposition, servedContentType } from "@/lib/storage/media-files";

/**
 * Files never change under their storage key, so a browser may keep them for a year. Shared
 * caches (a CDN) keep them only for an hour: when a publication is withdrawn, its files stop
 * being served within that hour, not a year later.
 */
const CACHE_CONTROL = "public, max-age=31536000, s-maxage=3600, immutable";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The response of GET /api/media/<id>/<filename>: the file when it belongs to a published
 * publication (an attachment or the cover image), otherwise 404. The file name in the URL is for
 * people and does not select anything; the download is named after the asset.
 */
export async function serveMediaFile(
  id: string,
  storage: FileStorage,
  ifNoneMatch: string | null = null,
): Promise<Response> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
  const file = await getPublicMediaFile(id);
  if (!file) return notFound();

  const contentType = servedContentType(file.kind, file.mimeType);
  const etag = `"${file.sha256}"`;
  const headers = new Headers({
    "Content-Type": contentType,
    // Images of publications are shown in pages; everything else is a download, never rendered
    // by the browser in the site's origin.
    "Content-Disposition": contentDisposition(
      contentType.startsWith("image/") ? "inline" : "attachment",
      file.filename,
    ),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
  });
  if (ifNoneMatch?.split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }

  let body: ReadableStream<Uint8Array> | Buffer;
  try {
    body = await storage.read(file.storageKey);
  } catch (error) {
    // A row whose file is missing (a failed upload, a restore without the files) is not the
    // reader's fault; it is logged for staff and answered like an unknown file.
    if (error instanceof StoredFileNotFoundError) {
      console.error(`[media] ${error.message} (asset ${file.id})`);
      return notFound();
    }
    throw error;
  }
  return new Response(body instanceof ReadableStream ? body : new Uint8Array(body), { headers });
}
