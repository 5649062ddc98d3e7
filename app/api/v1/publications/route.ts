import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { publicationFiltersSchema } from "@/lib/api/list-filters";
import { readOffsetList } from "@/lib/api/list-params";
import { listApiPublications } from "@/lib/api/publication-list";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/publications: published news, statements and reports, newest first, filtered as
 * the /news and /reports pages filter them, a page of `limit` from `cursor` on.
 */
export const GET = apiRoute(async (request, { url, locale }) => {
  const list = readOffsetList(url.searchParams, publicationFiltersSchema);
  if (!list.ok) return publicRefusal(400, list.error);
  // Absent filters are absent keys (zod leaves them out), as the cache key wants them.
  const page = await listApiPublications(list.filters, locale, list.offset, list.limit);
  return apiJson(request, page);
});

export const OPTIONS = apiPreflight;
