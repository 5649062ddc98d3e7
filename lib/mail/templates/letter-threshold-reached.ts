import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/** To the editors when a petition reaches one of its thresholds: what it means, and the links. */
export function letterThresholdReachedMail(
  context: MailContext,
  payload: MailPayloads["letter.threshold_reached"],
): MailDocument {
  const { t } = context;
  const number = new Intl.NumberFormat(context.locale);
  const values = {
    letterTitle: payload.letterTitle,
    count: number.format(payload.count),
    seenCount: number.format(payload.seenCount),
    label: payload.label,
  };
  return composeMail(context, {
    subject: t("letterThresholdReached.subject", values),
    blocks: [
      { type: "paragraph", text: t("letterThresholdReached.intro", values) },
      ...(payload.label
        ? [{ type: "paragraph" as const, text: t("letterThresholdReached.meaning", values) }]
        : []),
      {
        type: "action",
        label: t("letterThresholdReached.dashboardAction"),
        url: payload.dashboardUrl,
        emphasis: "primary",
      },
      {
        type: "action",
        label: t("letterThresholdReached.letterAction"),
        url: payload.letterUrl,
        emphasis: "secondary",
      },
    ],
  });
}
