import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The locale of a page under app/[locale], from its params. An unknown locale is a 404; a known
 * one is registered with next-intl for the rest of the render.
 *
 * Also waits for the request: pages render per request anyway (the CSP nonce), and without this
 * `next build` would start their database queries while trying to prerender the locales.
 */
export async function getPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
