import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { readPublicChanges } from "@/lib/api/change-feed";
import { parseChangeFeedQuery } from "@/lib/api/change-feed-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/changes?since=<cursor>: what was published, changed or removed, oldest first, in
 * pages of `limit` (default 100, at most 500): lib/api/change-feed.ts. A malformed cursor is a
 * 400; one older than the retention a 410 ("start over from a dataset").
 */
export const GET = apiRoute(async (request, { url }) => {
  const now = new Date();
  const query = parseChangeFeedQuery(url.searchParams, now);
  if (!query.ok) {
    return Response.json(
      { error: query.error },
      { status: query.status, headers: { "Cache-Control": "no-store" } },
    );
  }
  return apiJson(request, await readPublicChanges(query.cursor, query.limit, now));
});

export const OPTIONS = apiPreflight;
