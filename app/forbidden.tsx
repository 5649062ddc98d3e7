import { RootFallbackPage, shellMessagesOf } from "@/components/layout/root-fallback-page";
import { routing } from "@/lib/i18n/routing";

/**
 * A `forbidden()` no nearer boundary catches (the dashboard has its own, dashboard/forbidden.tsx).
 * Ours rather than Next.js's default, which `authInterrupts` would otherwise inline in every
 * page's payload with its styles; part of every page's payload all the same, so kept small.
 */
export default async function RootForbidden() {
  const { AccessFallback } = await shellMessagesOf(routing.defaultLocale);
  return <RootFallbackPage title={AccessFallback.forbiddenTitle} />;
}
