import "server-only";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The locale of a page under app/[locale], from its params. An unknown locale is a 404; a known
 * one is registered with next-intl for the rest of the render.
 *
 * Public pages render once and are served from the cache (lib/data/cache.ts says how they are
 * refreshed), so nothing here may depend on the request.
 */
export async function getPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
