import { hasLocale } from "next-intl";
import { atomResponse, getPrisonerFeed } from "@/lib/data/feeds";
import { routing } from "@/lib/i18n/routing";

/** The Atom feed of one prisoner's updates: /en/prisoners/<slug>/feed.xml. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const feed = await getPrisonerFeed(slug, locale);
  if (!feed) return new Response("Not found", { status: 404 });
  return atomResponse(feed, request);
}
