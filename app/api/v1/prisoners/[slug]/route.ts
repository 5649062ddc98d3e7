import { apiJson } from "@/lib/api/api-answer";
import { apiLocale } from "@/lib/api/api-locale";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/** Slugs are lower-case words and digits joined by hyphens; anything else names nobody. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * GET /api/v1/prisoners/{slug}: one published profile, the DTO its page renders
 * (lib/data/prisoner-profile), from the same cache. Unknown and unpublished slugs answer the same
 * 404, so the API cannot tell a draft from nothing.
 */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const url = new URL(request.url);
  const locale = apiLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  if (!locale.ok) return publicRefusal(400, locale.error);
  const profile =
    slug.length <= 200 && SLUG.test(slug)
      ? await getPublishedPrisonerProfile(slug, locale.locale)
      : null;
  if (!profile) return publicRefusal(404, "No published profile has this slug.");
  return apiJson(request, profile);
});

export const OPTIONS = apiPreflight;
