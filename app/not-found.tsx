import { RootFallbackPage } from "@/components/layout/root-fallback-page";
import { defaultSiteName } from "@/lib/i18n/site-name";

/**
 * Paths outside any locale that the proxy does not redirect (a missing file, an unknown locale).
 * Part of every page's payload (components/layout/root-fallback-page.tsx): kept small.
 */
export default async function RootNotFound() {
  return <RootFallbackPage kind="notFound" siteName={await defaultSiteName()} />;
}
