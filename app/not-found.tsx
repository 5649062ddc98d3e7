import { RootFallbackPage, shellMessagesOf } from "@/components/layout/root-fallback-page";
import { routing } from "@/lib/i18n/routing";

/**
 * Paths outside any locale that the proxy does not redirect (a missing file, an unknown locale).
 * Part of every page's payload (components/layout/root-fallback-page.tsx): kept small.
 */
export default async function RootNotFound() {
  const { NotFound } = await shellMessagesOf(routing.defaultLocale);
  return <RootFallbackPage title={NotFound.title} body={NotFound.body} />;
}
