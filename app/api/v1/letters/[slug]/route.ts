import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { isApiSlug } from "@/lib/api/api-slug";
import { getApiLetter } from "@/lib/api/letter-answer";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/letters/{slug}: one open letter or petition as its page shows it
 * (lib/api/letter-answer.ts). Drafts and unknown slugs answer the same 404.
 */
export const GET = apiRoute(
  async (request, { locale }, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    const letter = isApiSlug(slug) ? await getApiLetter(slug, locale) : null;
    if (!letter) return publicRefusal(404, "No public letter has this slug.");
    return apiJson(request, letter);
  },
);

export const OPTIONS = apiPreflight;
