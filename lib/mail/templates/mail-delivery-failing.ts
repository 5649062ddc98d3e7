import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { SEND_ERROR_KINDS } from "@/lib/mail/send-error-kind";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * To administrators, once per failing period, when Vigil has not been able to hand mail to its
 * mail server for 15 minutes (lib/mail/failure-alert.ts). It waits in the outbox like any other
 * message, so it arrives with the first mail that gets through, and through VIGIL_ALERT_SMTP_URL
 * at once when that is set.
 */
export function mailDeliveryFailingMail(
  context: MailContext,
  payload: MailPayloads["mail.delivery_failing"],
): MailDocument {
  const { t } = context;
  const kind = SEND_ERROR_KINDS.find((known) => known === payload.lastErrorKind) ?? "other";
  return composeMail(context, {
    subject: t("deliveryFailing.subject"),
    blocks: [
      {
        type: "paragraph",
        text: t("deliveryFailing.intro", {
          failingSince: context.formatExpiry(payload.failingSince),
        }),
      },
      {
        type: "paragraph",
        text:
          payload.oldestWaitingMinutes === null
            ? t("deliveryFailing.nothingWaiting")
            : t("deliveryFailing.waiting", {
                count: payload.waiting,
                minutes: payload.oldestWaitingMinutes,
              }),
      },
      {
        type: "paragraph",
        text: t("deliveryFailing.kind", { kind: t(`deliveryFailing.kinds.${kind}`) }),
      },
      { type: "paragraph", text: t("deliveryFailing.nothingLost") },
      {
        type: "action",
        label: t("deliveryFailing.action"),
        url: payload.dashboardUrl,
        emphasis: "primary",
      },
      { type: "paragraph", text: t("deliveryFailing.once") },
    ],
  });
}
