import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { alertBlocks } from "@/lib/mail/templates/follow-alert";
import { alertSentence, followAlertsTranslator } from "@/lib/mail/templates/follow-alert-sentence";
import { followUnsubscribeHeaders } from "@/lib/mail/templates/follow-confirm";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
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
  const t = followAlertsTranslator(context.locale);
  const { subject, line } = alertSentence(t, context.locale, payload.alert);
  return {
    ...composeMail(context, {
      subject,
      blocks: [
        ...alertBlocks(line, payload.alert.summary),
        { type: "action", label: t("open"), url: payload.alert.url, emphasis: "primary" },
        { type: "paragraph", text: t("sponsorWhy") },
        {
          type: "action",
          label: t("sponsorUnsubscribeAction"),
          url: unsubscribePageUrl(payload.unsubscribeUrl, context.locale),
          emphasis: "secondary",
        },
      ],
    }),
    headers: followUnsubscribeHeaders(payload.unsubscribeUrl),
  };
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
