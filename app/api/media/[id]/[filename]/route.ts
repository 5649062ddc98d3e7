import { parseVariantRequest } from "@/lib/media/media-variants";
import { getFileStorage } from "@/lib/storage";
import { serveMediaFile } from "@/lib/storage/media-response";

/**
 * A file of published content (a report's PDF, a cover image, a published profile's photo); 404
 * for anything else. `?w=640` asks for the closest resized copy of an image (WebP, or JPEG with
 * `&format=jpeg`), for `srcset`.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; filename: string }> },
) {
  const { id } = await params;
  return serveMediaFile(
    id,
    getFileStorage(),
    request.headers.get("if-none-match"),
    parseVariantRequest(new URL(request.url).searchParams),
  );
}
