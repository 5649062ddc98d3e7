import { z } from "zod";
import type { ApiPage } from "./api-page";
import {
  decodeListCursor,
  encodeListCursor,
  START_OF_LIST,
  type ListPosition,
} from "./list-cursor";

/**
 * The paging parameters every open-data list shares, `limit` and `cursor`, read once: each given
 * at most once, the limit a whole number from 1 to API_LIST_MAX_LIMIT, the cursor one this API
 * made. The rest of the query is handed back for the list's own parser.
 */
export const API_LIST_DEFAULT_LIMIT = 50;
export const API_LIST_MAX_LIMIT = 100;

export type ListParams =
  | { ok: true; rest: URLSearchParams; position: ListPosition; limit: number }
  | { ok: false; error: string };

export function readListParams(params: URLSearchParams): ListParams {
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
  const position = own.cursor ? decodeListCursor(own.cursor) : START_OF_LIST;
  if (position === null) {
    return { ok: false, error: "cursor must be the nextCursor of an earlier answer." };
  }
  return { ok: true, rest, position, limit };
}

/**
 * A short list's own filters, checked by its zod schema (one optional string field per filter):
 * only the names it knows (and `locale`, which apiRoute reads), each at most once, each valid.
 * An empty value counts as absent. The first problem is the answer's error.
 */
export function readListFilters<Schema extends z.ZodObject>(
  rest: URLSearchParams,
  schema: Schema,
): { ok: true; filters: z.output<Schema> } | { ok: false; error: string } {
  const values: Record<string, string> = {};
  for (const [name, value] of rest) {
    if (name in values || (name === "locale" && rest.getAll(name).length > 1)) {
      return { ok: false, error: `The parameter “${name}” is given twice.` };
    }
    if (name === "locale") continue;
    if (!(name in schema.shape)) return { ok: false, error: `Unknown parameter “${name}”.` };
    if (value !== "") values[name] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${String(issue?.path[0] ?? "query")}: ${issue?.message ?? ""}` };
}

/**
 * The query of a short list paged by offset (letters, publications, facilities): the paging
 * parameters, a cursor of this kind only, then the list's own filters. The first problem is the
 * answer's error.
 */
export function readOffsetList<Schema extends z.ZodObject>(
  params: URLSearchParams,
  schema: Schema,
):
  | { ok: true; filters: z.output<Schema>; offset: number; limit: number }
  | { ok: false; error: string } {
  const list = readListParams(params);
  if (!list.ok) return list;
  if (list.position.kind !== "offset") {
    return { ok: false, error: "cursor must be the nextCursor of an earlier answer of this list." };
  }
  const parsed = readListFilters(list.rest, schema);
  if (!parsed.ok) return parsed;
  return { ok: true, filters: parsed.filters, offset: list.position.offset, limit: list.limit };
}

/** Items `offset` to `offset + limit` of a list read whole, and the cursor of the rest. */
export function offsetPage<T>(all: readonly T[], offset: number, limit: number): ApiPage<T> {
  const next = offset + limit;
  return {
    items: all.slice(offset, next),
    total: all.length,
    nextCursor: next < all.length ? encodeListCursor(next) : null,
  };
}

function parseLimit(value: string): number | null {
  if (!/^[1-9]\d{0,2}$/.test(value.trim())) return null;
  const limit = Number(value.trim());
  return limit <= API_LIST_MAX_LIMIT ? limit : null;
}
