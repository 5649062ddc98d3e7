import { RootFallbackPage } from "@/components/layout/root-fallback-page";
import { defaultSiteName } from "@/lib/i18n/site-name";

/**
 * An `unauthorized()` no nearer boundary catches (Vigil sends signed-out visitors to sign-in
 * instead). Ours rather than Next.js's default, which `authInterrupts` would otherwise inline in
 * every page's payload with its styles; part of every page's payload all the same, so kept small.
 */
export default async function RootUnauthorized() {
  return <RootFallbackPage kind="unauthorized" siteName={await defaultSiteName()} />;
}
