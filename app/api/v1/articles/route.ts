import { apiJson } from "@/lib/api/api-answer";
import { apiLocale } from "@/lib/api/api-locale";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { getDirectoryFilterOptions } from "@/lib/data/prisoner-directory-filters";
import { publicRefusal } from "@/lib/security/public-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/articles: the criminal-code articles published prisoners are charged under, by
 * code: the directory's charge filter (its other choices are the directory's page's, not data).
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const locale = apiLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  if (!locale.ok) return publicRefusal(400, locale.error);
  const { charges } = await getDirectoryFilterOptions(locale.locale);
  return apiJson(request, { items: charges });
});

export const OPTIONS = apiPreflight;
