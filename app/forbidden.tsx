import { RootFallbackPage } from "@/components/layout/root-fallback-page";
import { defaultSiteName } from "@/lib/i18n/site-name";

/**
 * A `forbidden()` no nearer boundary catches (the dashboard has its own, dashboard/forbidden.tsx).
 * Ours rather than Next.js's default, which `authInterrupts` would otherwise inline in every
 * page's payload with its styles; part of every page's payload all the same, so kept small.
 */
export default async function RootForbidden() {
  return <RootFallbackPage kind="forbidden" siteName={await defaultSiteName()} />;
}
