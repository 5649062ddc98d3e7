import { hasLocale } from "next-intl";
import { searchDirectoryLive } from "@/lib/data/prisoner-directory";
import { routing } from "@/lib/i18n/routing";
import { publicRefusal, publicRoute } from "@/lib/security/public-route";
import { parseStrictDirectoryQuery } from "@/lib/validation/directory-query";

export const dynamic = "force-dynamic";

/**
 * The directory's results as JSON, for its live search (components/directory): a keystroke costs
 * this small answer, read through the directory's search cache (`searchDirectoryLive`,
 * lib/data/prisoner-directory.ts), instead of a render of the whole page. The same parameters as
 * the page's address, plus `locale`; the answer is the page's own DTO and the query as understood
 * (published profiles, public fields only).
 *
 * Limited per client address (REQUEST_LIMITS["directory-ip"]: 1,200 a minute, across instances),
 * so that one client cannot fill the cache.
 */
export const GET = publicRoute("directory-ip", async (request) => {
  const parsed = parseStrictDirectoryQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return publicRefusal(400, parsed.error);
  if (!hasLocale(routing.locales, parsed.locale)) {
    return publicRefusal(400, `locale must be one of ${routing.locales.join(", ")}.`);
  }
  const result = await searchDirectoryLive(parsed.query, parsed.locale);
  // Not kept by browsers or proxies: a redaction must not outlive the server's cache.
  // The query as understood (cleaned, defaults applied), for the empty state and page links.
  return Response.json(
    { query: parsed.query, ...result },
    { headers: { "Cache-Control": "no-store" } },
  );
});
