import { hasLocale } from "next-intl";
import { letterEmbedResponse } from "@/lib/embeds/embed-response";
import { routing } from "@/lib/i18n/routing";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/** A letter's card for partner sites' iframes: /en/embed/letter/<slug> (see the prisoner's). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !CONTENT_SLUG_PATTERN.test(slug)) {
    return new Response("Not found", { status: 404 });
  }
  return letterEmbedResponse(slug, locale);
}
