import { stopSponsorAlerts } from "@/lib/follows/alerts/stop-sponsor-alerts";
import { sponsorUnsubscribePage } from "@/lib/follows/alerts/sponsor-unsubscribe-page";
import { oneClickUnsubscribeRoute } from "@/lib/mail/one-click-unsubscribe";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click stop of a sponsor's alerts (lib/mail/one-click-unsubscribe.ts): the
 * sponsorship's alert address is cleared.
 */
const route = oneClickUnsubscribeRoute<{ token: string }>({
  stop: ({ token }) => stopSponsorAlerts(token),
  page: ({ token }, locale, state) => sponsorUnsubscribePage(locale, token, state),
});

export const POST = route.POST;
export const GET = route.GET;
