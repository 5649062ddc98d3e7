import { renderAtomFeed } from "@/lib/feeds/atom";
import type { FeedDocumentDto } from "@/lib/feeds/feed-document";
import { publicOrigin } from "@/lib/security/public-origin";

/**
 * The HTTP response of a feed: Atom, briefly cacheable (the reads behind it are cached too).
 * Feed readers need absolute URLs: they are made against the site's public origin, never the
 * Host of a request, which the client chooses.
 */
export function atomResponse(document: FeedDocumentDto): Response {
  return new Response(renderAtomFeed(document, publicOrigin()), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}
