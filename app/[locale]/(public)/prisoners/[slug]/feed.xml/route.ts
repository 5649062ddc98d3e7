import { hasLocale } from "next-intl";
import { getPrisonerFeed } from "@/lib/data/feeds";
import { atomResponse } from "@/lib/feeds/atom-response";
import { routing } from "@/lib/i18n/routing";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/** The Atom feed of one prisoner's updates: /en/prisoners/<slug>/feed.xml. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  // Not a slug at all (a NUL from "%00" made the query fail: a 500, tests/integration/fuzz-public-reads.test.ts).
  if (!CONTENT_SLUG_PATTERN.test(slug)) return new Response("Not found", { status: 404 });
  const feed = await getPrisonerFeed(slug, locale);
  if (!feed) return new Response("Not found", { status: 404 });
  return atomResponse(feed);
}
