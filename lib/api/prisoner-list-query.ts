import type { DirectoryQuery } from "@/lib/search/directory-params";
import { parseStrictDirectoryQuery } from "@/lib/validation/directory-query";
import type { ListPosition } from "./list-cursor";
import { readListParams } from "./list-params";

export { API_LIST_DEFAULT_LIMIT, API_LIST_MAX_LIMIT } from "./list-params";

/**
 * The query of `GET /api/v1/prisoners`: the directory's own filters, order and `q` (parsed by the
 * directory's strict parser, so that the API and the page understand a search alike), plus
 * `limit` and `cursor` in place of the page number. Unknown or repeated parameters are refused,
 * as the directory's results route refuses them; so is a listing's keyset cursor on a search,
 * which has no key to continue from.
 */
export type PrisonerListQuery =
  | { ok: true; query: DirectoryQuery; position: ListPosition; limit: number }
  | { ok: false; error: string };

export function parsePrisonerListQuery(params: URLSearchParams): PrisonerListQuery {
  const list = readListParams(params);
  if (!list.ok) return list;
  const parsed = parseStrictDirectoryQuery(list.rest);
  if (!parsed.ok) return parsed;
  if (parsed.query.q && list.position.kind === "after") {
    return { ok: false, error: "This cursor continues the listing without q, not a search." };
  }
  return { ok: true, query: parsed.query, position: list.position, limit: list.limit };
}
