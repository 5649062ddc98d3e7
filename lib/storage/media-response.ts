import "server-only";
import { getPublicMediaFile } from "@/lib/data/public-media-file";
import { getPublicSourceDocument } from "@/lib/data/public-source-document";
import { getMediaVariants } from "@/lib/media/media-library";
import { pickVariant, type VariantRequest } from "@/lib/media/media-variants";
import { StoredFileNotFoundError, type FileStorage } from "@/lib/storage";
import {
  contentDisposition,
  servedContentType,
  type ServableMediaFile,
} from "@/lib/storage/media-files";

/**
 * Files never change under their storage key, so a browser may keep them for a year. Shared
 * caches (a CDN) keep them only for an hour: when a publication is withdrawn, its files stop
 * being served within that hour, not a year later.
 */
const PUBLIC_CACHE_CONTROL = "public, max-age=31536000, s-maxage=3600, immutable";

/** Files of unpublished content, shown to staff: never in a shared cache, briefly in the browser. */
export const STAFF_CACHE_CONTROL = "private, max-age=300";

/** 404 that does not say whether the file exists. */
export function mediaNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const VARIANT_EXTENSION = { webp: "webp", jpeg: "jpg" } as const;

/**
 * The response for a file (or, with `variant`, its closest resized copy): typed by the asset's
 * kind, never sniffed, sandboxed, with an ETag per stored file. An image without copies (a PDF,
 * an asset uploaded before copies existed) is sent whole.
 */
export async function respondWithMediaFile(
  file: ServableMediaFile,
  storage: FileStorage,
  options: { ifNoneMatch?: string | null; cacheControl: string; variant?: VariantRequest | null },
): Promise<Response> {
  let { storageKey, mimeType, filename } = file;
  let etag = `"${file.sha256}"`;
  if (options.variant && file.kind === "IMAGE") {
    const chosen = pickVariant(await getMediaVariants(file.id), options.variant);
    if (chosen) {
      storageKey = chosen.storageKey;
      mimeType = chosen.mimeType;
      filename =
        filename.replace(/\.[^.]*$/, "") + `-${chosen.width}.${VARIANT_EXTENSION[chosen.format]}`;
      etag = `"${file.sha256}-${chosen.width}-${chosen.format}"`;
    }
  }

  const contentType = servedContentType(file.kind, mimeType);
  const headers = new Headers({
    "Content-Type": contentType,
    // Images are shown in pages; everything else is a download, never rendered by the browser
    // in the site's origin.
    "Content-Disposition": contentDisposition(
      contentType.startsWith("image/") ? "inline" : "attachment",
      filename,
    ),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": options.cacheControl,
    ETag: etag,
  });
  if (options.ifNoneMatch?.split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }

  let body: ReadableStream<Uint8Array> | Buffer;
  try {
    body = await storage.read(storageKey);
  } catch (error) {
    // A row whose file is missing (a failed upload, a restore without the files) is not the
    // reader's fault; it is logged for staff and answered like an unknown file.
    if (error instanceof StoredFileNotFoundError) {
      console.error(`[media] ${error.message} (asset ${file.id})`);
      return mediaNotFound();
    }
    throw error;
  }
  return new Response(body instanceof ReadableStream ? body : new Uint8Array(body), { headers });
}

/**
 * The response of GET /api/media/<id>/<filename>[?w=640[&format=jpeg]]: the file (or its resized
 * copy) when it belongs to published content (a publication's attachment or cover, a published
 * profile's photo unless withheld, a public source document that a published profile cites),
 * otherwise 404. The file name in the URL is for people and
 * does not select anything; the download is named after the asset.
 */
export async function serveMediaFile(
  id: string,
  storage: FileStorage,
  ifNoneMatch: string | null = null,
  variant: VariantRequest | null = null,
): Promise<Response> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return mediaNotFound();
  const file = (await getPublicMediaFile(id)) ?? (await getPublicSourceDocument(id));
  if (!file) return mediaNotFound();
  return respondWithMediaFile(file, storage, {
    ifNoneMatch,
    cacheControl: PUBLIC_CACHE_CONTROL,
    variant,
  });
}
