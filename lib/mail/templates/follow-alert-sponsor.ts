import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeAlertMail } from "@/lib/mail/templates/follow-alert";
import type { MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * To a prisoner's parliamentary sponsor (lib/sponsors): the prisoner's alert like a follower's,
 * but its unsubscribe stops the sponsor's alerts (clears its alert address), in the body and as
 * RFC 8058 one-click List-Unsubscribe.
 */
export function followSponsorAlertMail(
  context: MailContext,
  payload: MailPayloads["follow.sponsor-alert"],
): MailDocument {
  return composeAlertMail(context, payload.alert, payload.unsubscribeUrl, (t) => [
    { type: "paragraph", text: t("sponsorWhy") },
    {
      type: "action",
      label: t("sponsorUnsubscribeAction"),
      url: unsubscribePageUrl(payload.unsubscribeUrl, context.locale),
      emphasis: "secondary",
    },
  ]);
}

/**
 * The body's link opens the page with the button (a GET changes nothing) in the mail's language;
 * List-Unsubscribe keeps the bare address, which a POST from the mail client stops at.
 */
function unsubscribePageUrl(unsubscribeUrl: string, locale: string): string {
  const url = new URL(unsubscribeUrl);
  url.searchParams.set("locale", locale);
  return url.href;
}
