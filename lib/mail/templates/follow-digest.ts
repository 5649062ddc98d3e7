import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { followerFooterBlocks } from "@/lib/mail/templates/follow-alert";
import { alertSentence, followAlertsTranslator } from "@/lib/mail/templates/follow-alert-sentence";
import { followUnsubscribeHeaders } from "@/lib/mail/templates/follow-confirm";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * To a weekly follower on Monday: the week's alerts of what it follows, one line and one link
 * each, then the manage page and one-click unsubscribe (RFC 8058).
 */
export function followDigestMail(
  context: MailContext,
  payload: MailPayloads["follow.digest"],
): MailDocument {
  const t = followAlertsTranslator(context.locale);
  const items = payload.items.flatMap((item): MailBlock[] => {
    const { line } = alertSentence(t, context.locale, item);
    return [
      { type: "paragraph", text: line },
      ...(item.summary ? [{ type: "paragraph" as const, text: item.summary }] : []),
      {
        type: "action",
        label: t("openItem", { subject: item.subject }),
        url: item.url,
        emphasis: "secondary",
      },
    ];
  });
  const count = payload.items.length + payload.more;
  return {
    ...composeMail(context, {
      subject: t("digestSubject", { count }),
      blocks: [
        { type: "paragraph", text: t("digestIntro") },
        ...items,
        ...(payload.more > 0
          ? [{ type: "paragraph" as const, text: t("digestMore", { count: payload.more }) }]
          : []),
        ...followerFooterBlocks(t, payload),
      ],
    }),
    headers: followUnsubscribeHeaders(payload.unsubscribeUrl),
  };
}
