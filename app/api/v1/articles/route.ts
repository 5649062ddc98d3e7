import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { getDirectoryFilterOptions } from "@/lib/data/prisoner-directory-filters";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/articles: the criminal-code articles published prisoners are charged under, by
 * code: the directory's charge filter (its other choices are the directory's page's, not data).
 */
export const GET = apiRoute(async (request, { locale }) => {
  const { charges } = await getDirectoryFilterOptions(locale);
  return apiJson(request, { items: charges });
});

export const OPTIONS = apiPreflight;
