import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { listApiPrisoners } from "@/lib/api/prisoner-list";
import { parsePrisonerListQuery } from "@/lib/api/prisoner-list-query";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/prisoners: published prisoners, with the directory's filters, order and search, a
 * page of `limit` (default 50, at most 100) from `cursor` on (lib/api/prisoner-list.ts).
 */
export const GET = apiRoute(async (request, { url, locale }) => {
  const parsed = parsePrisonerListQuery(url.searchParams);
  if (!parsed.ok) return publicRefusal(400, parsed.error);
  const page = await listApiPrisoners(parsed.query, locale, parsed.position, parsed.limit);
  if (!page) {
    return publicRefusal(400, "The cursor's profile is no longer listed; start again without it.");
  }
  return apiJson(request, page);
});

export const OPTIONS = apiPreflight;
