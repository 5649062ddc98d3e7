import type { DirectoryQuery } from "@/lib/search/directory-params";
import { parseStrictDirectoryQuery } from "@/lib/validation/directory-query";
import { decodeListCursor } from "./list-cursor";

/**
 * The query of `GET /api/v1/prisoners`: the directory's own filters, order and `q` (parsed by the
 * directory's strict parser, so that the API and the page understand a search alike), plus
 * `limit` and `cursor` in place of the page number. Unknown or repeated parameters are refused,
 * as the directory's results route refuses them.
 */
export const API_LIST_DEFAULT_LIMIT = 50;
export const API_LIST_MAX_LIMIT = 100;

export type PrisonerListQuery =
  | { ok: true; query: DirectoryQuery; locale: string; offset: number; limit: number }
  | { ok: false; error: string };

export function parsePrisonerListQuery(params: URLSearchParams): PrisonerListQuery {
  if (params.has("page")) return { ok: false, error: "Unknown parameter “page”: use cursor." };
  const rest = new URLSearchParams();
  const own: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name !== "cursor" && name !== "limit") rest.append(name, value);
    else if (name in own) return { ok: false, error: `The parameter “${name}” is given twice.` };
    else own[name] = value;
  }
  const limit = own.limit ? parseLimit(own.limit) : API_LIST_DEFAULT_LIMIT;
  if (limit === null) {
    return { ok: false, error: `limit must be a whole number from 1 to ${API_LIST_MAX_LIMIT}.` };
  }
  const offset = own.cursor ? decodeListCursor(own.cursor) : 0;
  if (offset === null) {
    return { ok: false, error: "cursor must be the nextCursor of an earlier answer." };
  }
  const parsed = parseStrictDirectoryQuery(rest);
  if (!parsed.ok) return parsed;
  return { ok: true, query: parsed.query, locale: parsed.locale, offset, limit };
}

function parseLimit(value: string): number | null {
  if (!/^[1-9]\d{0,2}$/.test(value.trim())) return null;
  const limit = Number(value.trim());
  return limit <= API_LIST_MAX_LIMIT ? limit : null;
}
