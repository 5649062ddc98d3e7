import { hasLocale } from "next-intl";
import { prisonerEmbedResponse } from "@/lib/embeds/embed-response";
import { routing } from "@/lib/i18n/routing";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/**
 * A prisoner's card for partner sites' iframes: /en/embed/prisoner/<slug>. Under the locale like
 * every page (proxy.ts gives /…/embed/ its own frame-ancestors policy), and a route handler
 * rather than a page so that it carries no client script (lib/embeds/embed-html.ts).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !CONTENT_SLUG_PATTERN.test(slug)) {
    return new Response("Not found", { status: 404 });
  }
  return prisonerEmbedResponse(slug, locale);
}
