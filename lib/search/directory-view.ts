import { directorySearchParams } from "@/lib/search/directory-params";
import { paramsOfView } from "@/lib/search/directory-view-path";
import type { DirectoryQuery } from "@/lib/search/directory-params";
import { parseDirectoryQuery, parseStrictDirectoryQuery } from "@/lib/validation/directory-query";

/**
 * The directory's cached pages. A directory address whose query string is exactly the canonical
 * form of its query (`directorySearchParams(parseDirectoryQuery(raw))`, in any order) is served
 * from a cached page (ISR) named by a "view": the canonical query in base64url, or
 * `DEFAULT_DIRECTORY_VIEW` for the plain listing. The web server (scripts/lib/page-requests.ts)
 * or proxy.ts rewrites the address to it; every other address (empty fields, unknown or
 * malformed parameters) goes to the page rendered per request, which redirects or answers as it
 * always did. Only canonical addresses get a page each, so the
 * number of cached pages is the number of distinct queries, not of ways to write them.
 */

/** The view of the plain listing (no search, no filter, first page), prerendered at build. */
export const DEFAULT_DIRECTORY_VIEW = "all";

/**
 * The longest view with a page of its own. Next.js stores a cached page as files named after its
 * path, and a file name has at most 255 bytes: a long Cyrillic query with filters would exceed it
 * (100 Cyrillic characters of `q` alone are 200 bytes, 270 in base64url). Such rare addresses
 * are rendered per request instead.
 */
const MAX_VIEW_LENGTH = 230;

/** Next.js's router adds this to the address of its own requests; it is not part of the query. */
const ROUTER_PARAMETER = "_rsc";

/**
 * The view of a canonical query: its parameters as JSON, in UTF-8, in base64url. Not the query
 * string itself: percent-encoding spends 6 bytes on a Cyrillic letter where UTF-8 spends 2, and a
 * view must fit in a file name.
 */
function viewOfCanonical(params: Record<string, string>): string {
  return Buffer.from(JSON.stringify(params), "utf8").toString("base64url");
}

function sortedEntries(params: Iterable<[string, string]>): string {
  return JSON.stringify([...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The view of a directory address's query string, or null when it is not in canonical form (the
 * per-request page answers it). A repeated parameter is never canonical.
 */
export function directoryViewOf(search: URLSearchParams): string | null {
  const raw = [...search].filter(([name]) => name !== ROUTER_PARAMETER);
  const values: Record<string, string> = {};
  for (const [name, value] of raw) {
    if (name in values) return null;
    values[name] = value;
  }
  const canonical = directorySearchParams(parseDirectoryQuery(values));
  if (sortedEntries(raw) !== sortedEntries(Object.entries(canonical))) return null;
  if (Object.keys(canonical).length === 0) return DEFAULT_DIRECTORY_VIEW;
  const view = viewOfCanonical(canonical);
  return view.length <= MAX_VIEW_LENGTH ? view : null;
}

/**
 * The clean address's parameters for a directory address that asks a valid query in another form
 * (`status=IMPRISONED&country=KZ`, a form's empty fields, `page=1`), which proxy.ts redirects to
 * it: that page is cached, where the address as written would be rendered per request, at a
 * hundredth of the rate a cached page is served (a link shared in the news would take the
 * server's one thread). Null when the address is clean already (in any order), or not valid as a
 * whole (an unknown or malformed parameter, given twice, the router's own): the per-request page
 * answers those as it always did, and nothing the visitor wrote is dropped by a redirect.
 */
export function cleanDirectoryParams(search: URLSearchParams): Record<string, string> | null {
  if (search.has(ROUTER_PARAMETER) || search.has("locale")) return null;
  const parsed = parseStrictDirectoryQuery(search);
  if (!parsed.ok) return null;
  const clean = directorySearchParams(parsed.query);
  return sortedEntries(search) === sortedEntries(Object.entries(clean)) ? null : clean;
}

/**
 * The query a view stands for, or null for a view that is not the one of its own query (only
 * canonical views have pages: anything else is not found).
 */
export function directoryQueryOfView(view: string): DirectoryQuery | null {
  if (view === DEFAULT_DIRECTORY_VIEW) return parseDirectoryQuery({});
  if (view.length > MAX_VIEW_LENGTH || !/^[A-Za-z0-9_-]+$/.test(view)) return null;
  const values = paramsOfView(view);
  if (values === null) return null;
  const query = parseDirectoryQuery(values);
  const canonical = directorySearchParams(query);
  if (Object.keys(canonical).length === 0 || viewOfCanonical(canonical) !== view) return null;
  return query;
}
