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
  const t = followAlertsTranslator(context.locale);
  const { subject, line } = alertSentence(t, context.locale, payload.alert);
  return {
    ...composeMail(context, {
      subject,
      blocks: [
        ...alertBlocks(line, payload.alert.summary),
        { type: "action", label: t("open"), url: payload.alert.url, emphasis: "primary" },
        ...followerFooterBlocks(t, payload),
      ],
    }),
    headers: followUnsubscribeHeaders(payload.unsubscribeUrl),
  };
}

export function alertBlocks(line: string, summary: string | null): MailBlock[] {
  return [
    { type: "paragraph", text: line },
    ...(summary ? [{ type: "paragraph" as const, text: summary }] : []),
  ];
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
