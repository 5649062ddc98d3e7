import "server-only";
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/** What Next.js passes the embed routes: /{locale}/embed/<kind>/<slug>. */
interface EmbedRouteContext {
  params: Promise<{ locale: string; slug: string }>;
}

/**
 * The GET handler of an embed route (app/[locale]/embed/…/[slug]/route.ts), from the response of
 * its kind (embed-response.ts). Under the locale like every page (proxy.ts gives /…/embed/ its
 * own frame-ancestors policy), and a route handler rather than a page so that it carries no
 * client script (embed-html.ts). An unknown locale or a malformed slug is a 404 before any read.
 *
 * Not through publicRoute: like the feeds and the calendar's iCalendar file, a card is the same
 * cached answer for everyone (nginx's micro-cache, the browser), and a per-address quota with its
 * RateLimit headers would be cached along with it.
 */
export function embedRoute(
  respond: (slug: string, locale: Locale) => Promise<Response>,
): (request: Request, context: EmbedRouteContext) => Promise<Response> {
  return async (_request, { params }) => {
    const { locale, slug } = await params;
    if (!hasLocale(routing.locales, locale) || !CONTENT_SLUG_PATTERN.test(slug)) {
      return new Response("Not found", { status: 404 });
    }
    return respond(slug, locale);
  };
}
