import { GET as getArticles } from "@/app/api/v1/articles/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getFacility } from "@/app/api/v1/facilities/[slug]/route";
import { GET as getFacilities } from "@/app/api/v1/facilities/route";
import { GET as getLetter } from "@/app/api/v1/letters/[slug]/route";
import { GET as getLetters } from "@/app/api/v1/letters/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPrisoner } from "@/app/api/v1/prisoners/[slug]/route";
import { GET as getPrisoners } from "@/app/api/v1/prisoners/route";
import { GET as getPublication } from "@/app/api/v1/publications/[slug]/route";
import { GET as getPublications } from "@/app/api/v1/publications/route";
import { apiRoutes } from "@/lib/routes";

/**
 * Calls the /api/v1 route handler a path names, as Next.js would (the api-v1-* tests share it):
 * collections by their path, items by `{collection}/{slug}`.
 */
type ItemHandler = (
  request: Request,
  context: { params: Promise<{ slug: string }> },
) => Promise<Response>;

const lists: Record<string, (request: Request) => Promise<Response>> = {
  [apiRoutes.v1Prisoners()]: getPrisoners,
  [apiRoutes.v1Countries()]: getCountries,
  [apiRoutes.v1Articles()]: getArticles,
  [apiRoutes.v1OpenApi()]: getOpenApi,
  [apiRoutes.v1Facilities()]: getFacilities,
  [apiRoutes.v1Letters()]: getLetters,
  [apiRoutes.v1Publications()]: getPublications,
};

const items: Record<string, ItemHandler> = {
  [apiRoutes.v1Prisoners()]: getPrisoner,
  [apiRoutes.v1Facilities()]: getFacility,
  [apiRoutes.v1Letters()]: getLetter,
  [apiRoutes.v1Publications()]: getPublication,
};

export function callApiV1(path: string, headers: Record<string, string>): Promise<Response> {
  const url = new URL(`http://localhost${path}`);
  const request = new Request(url, { headers });
  const list = lists[url.pathname];
  if (list) return list(request);
  const slash = url.pathname.lastIndexOf("/");
  const item = items[url.pathname.slice(0, slash)];
  if (!item) throw new Error(`No /api/v1 handler for ${path}.`);
  const slug = decodeURIComponent(url.pathname.slice(slash + 1));
  return item(request, { params: Promise.resolve({ slug }) });
}
