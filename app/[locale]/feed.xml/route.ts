import { hasLocale } from "next-intl";
import { getPublicationsFeed } from "@/lib/data/feeds";
import { atomResponse } from "@/lib/feeds/atom-response";
import { routing } from "@/lib/i18n/routing";

/** The Atom feed of the latest news, reports and statements: /en/feed.xml, /ru/feed.xml. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  return atomResponse(await getPublicationsFeed(locale));
}
