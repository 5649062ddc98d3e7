import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { listCountriesWithPrisoners } from "@/lib/data/countries";

export const dynamic = "force-dynamic";

/** GET /api/v1/countries: the countries with published prisoners, as the countries page lists them. */
export const GET = apiRoute(async (request, { locale }) =>
  apiJson(request, { items: await listCountriesWithPrisoners(locale) }),
);

export const OPTIONS = apiPreflight;
