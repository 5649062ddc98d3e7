import { createHash } from "node:crypto";

/**
 * How the open-data API answers a read: JSON with a strong `ETag` (a hash of the body), `304 Not
 * Modified` when the caller's `If-None-Match` names it, and `Cache-Control: public, max-age=60`.
 *
 * A minute, like the server's own cache of a search (DIRECTORY_SEARCH_MAX_AGE_SECONDS): browsers,
 * nginx's micro-cache and a mirror's proxy may keep an answer that long, so a redaction or an
 * unpublished profile may outlive its change by up to a minute there; past that, a revalidation
 * costs the caller a 304 and the server a cached read. `Vary: Accept-Language`: without
 * `?locale=` the header chooses the language.
 */
export const API_MAX_AGE_SECONDS = 60;

export function apiJson(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers = {
    "Cache-Control": `public, max-age=${API_MAX_AGE_SECONDS}`,
    ETag: etag,
    Vary: "Accept-Language",
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** RFC 9110 §13.1.2: `*`, or any listed tag equal by the weak comparison. */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}
