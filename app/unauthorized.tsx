import { RootFallbackPage, shellMessagesOf } from "@/components/layout/root-fallback-page";
import { routing } from "@/lib/i18n/routing";

/**
 * An `unauthorized()` no nearer boundary catches (Vigil sends signed-out visitors to sign-in
 * instead). Ours rather than Next.js's default, which `authInterrupts` would otherwise inline in
 * every page's payload with its styles; part of every page's payload all the same, so kept small.
 */
export default async function RootUnauthorized() {
  const { AccessFallback } = await shellMessagesOf(routing.defaultLocale);
  return <RootFallbackPage title={AccessFallback.unauthorizedTitle} />;
}
