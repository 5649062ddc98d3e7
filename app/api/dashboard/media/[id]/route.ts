import { staffRoute } from "@/lib/auth/staff-route";
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
 * (thumbnails in the library, a draft's photo). Never cached by shared caches. Every refusal
 * (signed out, not allowed) gets the same 404 as an unknown file.
 */
export const GET = staffRoute<{ id: string }>(
  { permission: { action: "view", type: "media" }, refuse: () => mediaNotFound() },
  async ({ request, actor, params }) => {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(params.id)) return mediaNotFound();
    const file = await getStaffMediaFile(actor, params.id);
    if (!file) return mediaNotFound();
    return respondWithMediaFile(file, getFileStorage(), {
      ifNoneMatch: request.headers.get("if-none-match"),
      cacheControl: STAFF_CACHE_CONTROL,
      variant: parseVariantRequest(new URL(request.url).searchParams),
    });
  },
);
