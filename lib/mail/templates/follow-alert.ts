import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { alertSentence, followAlertsTranslator } from "@/lib/mail/templates/follow-alert-sentence";
import { followUnsubscribeHeaders } from "@/lib/mail/templates/follow-confirm";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * To an instant follower: one thing that happened to what it follows, in its language, with the
 * public page, the manage page and one-click unsubscribe (RFC 8058: a bare POST to the
 * List-Unsubscribe URL deletes the address). Says no more than the public page.
 */
export function followAlertMail(
  context: MailContext,
  payload: MailPayloads["follow.alert"],
): MailDocument {
  return composeAlertMail(context, payload.alert, payload.unsubscribeUrl, (t) =>
    followerFooterBlocks(t, payload),
  );
}

/**
 * One alert's mail, a follower's or a sponsor's: the sentence saying what happened, the item's
 * summary and its public page, then `footer` (whom it goes to, and how to stop it), with RFC 8058
 * one-click unsubscribe at `unsubscribeUrl`.
 */
export function composeAlertMail(
  context: MailContext,
  alert: MailPayloads["follow.alert"]["alert"],
  unsubscribeUrl: string,
  footer: (t: ReturnType<typeof followAlertsTranslator>) => MailBlock[],
): MailDocument {
  const t = followAlertsTranslator(context.locale);
  const { subject, line } = alertSentence(t, context.locale, alert);
  return {
    ...composeMail(context, {
      subject,
      blocks: [
        { type: "paragraph", text: line },
        ...(alert.summary ? [{ type: "paragraph" as const, text: alert.summary }] : []),
        { type: "action", label: t("open"), url: alert.url, emphasis: "primary" },
        ...footer(t),
      ],
    }),
    headers: followUnsubscribeHeaders(unsubscribeUrl),
  };
}

/** Why the mail came, the manage page and the unsubscribe page: in every follower mail. */
export function followerFooterBlocks(
  t: ReturnType<typeof followAlertsTranslator>,
  links: { manageUrl: string; unsubscribePageUrl: string },
): MailBlock[] {
  return [
    { type: "paragraph", text: t("why") },
    { type: "action", label: t("manageAction"), url: links.manageUrl, emphasis: "secondary" },
    {
      type: "action",
      label: t("unsubscribeAction"),
      url: links.unsubscribePageUrl,
      emphasis: "secondary",
    },
  ];
}
