import { getActor } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/errors";
import { getStaffMediaFile } from "@/lib/media/media-library";
import { parseVariantRequest } from "@/lib/media/media-variants";
import { getFileStorage } from "@/lib/storage";
import {
  mediaNotFound,
  respondWithMediaFile,
  STAFF_CACHE_CONTROL,
} from "@/lib/storage/media-response";

/**
 * GET /api/dashboard/media/<id>[?w=320[&format=jpeg]]: any uploaded file, for signed-in staff
 * (thumbnails in the library, a draft's photo). Never cached by shared caches. Signed-out
 * visitors get the same 404 as for an unknown file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return mediaNotFound();
  try {
    const file = await getStaffMediaFile(await getActor(), id);
    if (!file) return mediaNotFound();
    return respondWithMediaFile(file, getFileStorage(), {
      ifNoneMatch: request.headers.get("if-none-match"),
      cacheControl: STAFF_CACHE_CONTROL,
      variant: parseVariantRequest(new URL(request.url).searchParams),
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return mediaNotFound();
    throw error;
  }
}
