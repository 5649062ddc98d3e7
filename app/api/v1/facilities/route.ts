import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { facilityFiltersSchema } from "@/lib/api/list-filters";
import { offsetPage, readOffsetList } from "@/lib/api/list-params";
import { listPublicFacilities } from "@/lib/data/facilities";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/facilities: the places of detention published profiles name
 * (lib/data/facilities.ts), by country, a page of `limit` from `cursor` on.
 */
export const GET = apiRoute(async (request, { url, locale }) => {
  const list = readOffsetList(url.searchParams, facilityFiltersSchema);
  if (!list.ok) return publicRefusal(400, list.error);
  const all = await listPublicFacilities({ locale, countryCode: list.filters.country });
  return apiJson(request, offsetPage(all, list.offset, list.limit));
});

export const OPTIONS = apiPreflight;
