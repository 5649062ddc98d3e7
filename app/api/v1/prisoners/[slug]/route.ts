import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { isApiSlug } from "@/lib/api/api-slug";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/prisoners/{slug}: one published profile, the DTO its page renders
 * (lib/data/prisoner-profile), from the same cache. Unknown and unpublished slugs answer the same
 * 404, so the API cannot tell a draft from nothing.
 */
export const GET = apiRoute(
  async (request, { locale }, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    const profile = isApiSlug(slug) ? await getPublishedPrisonerProfile(slug, locale) : null;
    if (!profile) return publicRefusal(404, "No published profile has this slug.");
    return apiJson(request, profile);
  },
);

export const OPTIONS = apiPreflight;
