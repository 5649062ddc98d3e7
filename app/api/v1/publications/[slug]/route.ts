import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { isApiSlug } from "@/lib/api/api-slug";
import { API_PUBLICATION_TYPES } from "@/lib/api/publication-types";
import { getPublishedPublicationBySlug } from "@/lib/data/publications";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/publications/{slug}: one published publication, the DTO its page renders
 * (lib/data/publications.ts), from the same cache. Drafts and unknown slugs answer the same 404.
 */
export const GET = apiRoute(
  async (request, { locale }, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    const publication = isApiSlug(slug)
      ? await getPublishedPublicationBySlug({ slug, types: API_PUBLICATION_TYPES, locale })
      : null;
    if (!publication) return publicRefusal(404, "No published publication has this slug.");
    return apiJson(request, publication);
  },
);

export const OPTIONS = apiPreflight;
