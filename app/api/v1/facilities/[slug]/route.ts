import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { isApiSlug } from "@/lib/api/api-slug";
import { getPublicFacilityBySlug } from "@/lib/data/facilities";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/facilities/{slug}: one place of detention a published profile names, with the
 * published profiles that show their holder there now. Any other slug answers the same 404.
 */
export const GET = apiRoute(
  async (request, { locale }, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    const facility = isApiSlug(slug) ? await getPublicFacilityBySlug(slug, locale) : null;
    if (!facility) return publicRefusal(404, "No published profile names a facility by this slug.");
    return apiJson(request, facility);
  },
);

export const OPTIONS = apiPreflight;
