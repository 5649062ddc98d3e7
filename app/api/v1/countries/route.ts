import { apiJson } from "@/lib/api/api-answer";
import { apiLocale } from "@/lib/api/api-locale";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { listCountriesWithPrisoners } from "@/lib/data/countries";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/** GET /api/v1/countries: the countries with published prisoners, as the countries page lists them. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const locale = apiLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  if (!locale.ok) return publicRefusal(400, locale.error);
  return apiJson(request, { items: await listCountriesWithPrisoners(locale.locale) });
});

export const OPTIONS = apiPreflight;
