import "server-only";
import { publicRefusal } from "@/lib/security/public-route";
import { getFileStorage, StoredFileNotFoundError, type FileStorage } from "@/lib/storage";
import { isDatasetFileName, parseDatasetDate } from "./dataset-files";
import { getDatasetDownload } from "./dataset-list";

/**
 * A file never changes under its address (a day is written once), so browsers may keep it for a
 * year; shared caches for an hour, as the media files (lib/storage/media-response.ts): a dataset
 * deleted past the newest 30, or by hand after a profile had to be withdrawn, stops being served
 * by a proxy within the hour.
 */
const CACHE_CONTROL = "public, max-age=31536000, s-maxage=3600, immutable";

/**
 * The answer to `GET /api/v1/datasets/{date}/{name}`: the stored bytes, streamed, with their
 * type, length, a strong ETag (the SHA-256 the list and SHA256SUMS give) and a download name that
 * is the name SHA256SUMS lists, so that `sha256sum -c` finds the file where the browser saved it.
 * An unknown day or file, and a day not READY, are the same 404.
 */
export async function serveDatasetFile(
  request: Request,
  dateSegment: string,
  name: string,
  storage: FileStorage = getFileStorage(),
): Promise<Response> {
  const date = parseDatasetDate(dateSegment);
  const file = date && isDatasetFileName(name) ? await getDatasetDownload(date, name) : null;
  if (!date || !file) return publicRefusal(404, "No dataset file has this date and name.");
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  let body: ReadableStream<Uint8Array> | Buffer;
  try {
    body = await storage.read(file.storageKey);
  } catch (error) {
    // Deleted since the cached listing said it exists (the newest 30 moved on).
    if (error instanceof StoredFileNotFoundError) {
      return publicRefusal(404, "No dataset file has this date and name.");
    }
    throw error;
  }
  return new Response(request.method === "HEAD" ? null : (body as BodyInit), {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes),
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}
