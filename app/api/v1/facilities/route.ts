import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { facilityFiltersSchema } from "@/lib/api/list-filters";
import { offsetPage, readListFilters, readListParams } from "@/lib/api/list-params";
import { listPublicFacilities } from "@/lib/data/facilities";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/facilities: the places of detention published profiles name
 * (lib/data/facilities.ts), by country, a page of `limit` from `cursor` on.
 */
export const GET = apiRoute(async (request, { url, locale }) => {
  const list = readListParams(url.searchParams);
  if (!list.ok) return publicRefusal(400, list.error);
  if (list.position.kind !== "offset") {
    return publicRefusal(400, "cursor must be the nextCursor of an earlier answer of this list.");
  }
  const parsed = readListFilters(list.rest, facilityFiltersSchema);
  if (!parsed.ok) return publicRefusal(400, parsed.error);
  const all = await listPublicFacilities({ locale, countryCode: parsed.filters.country });
  return apiJson(request, offsetPage(all, list.position.offset, list.limit));
});

export const OPTIONS = apiPreflight;
