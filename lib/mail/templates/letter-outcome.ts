import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * To a signer who asked to hear what happens to a letter: its delivery and the addressee's
 * answer, in the signer's language. Nothing in it says more than the public letter page (no other
 * signer, no count of them). One-click unsubscribe (RFC 8058): the List-Unsubscribe URL stops
 * further e-mails about this letter when a mail client POSTs to it, and the same link is in the
 * body for people.
 */
export function letterOutcomeMail(
  context: MailContext,
  payload: MailPayloads["letter.outcome"],
): MailDocument {
  const { t } = context;
  const day = new Intl.DateTimeFormat(context.locale, { dateStyle: "long", timeZone: "UTC" });
  const formatDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const letterTitle = payload.letterTitle;
  const deliveries: MailBlock[] = payload.deliveries.map((delivery) => ({
    type: "paragraph",
    text: t("letterOutcome.delivered", {
      date: formatDay(delivery.deliveredOn),
      recipient: delivery.recipient,
    }),
  }));
  const answers: MailBlock[] = payload.answers.flatMap((answer): MailBlock[] => [
    {
      type: "paragraph",
      text: t("letterOutcome.answered", {
        date: formatDay(answer.receivedOn),
        answeredBy: answer.answeredBy,
      }),
    },
    { type: "paragraph", text: answer.summary },
  ]);
  const subjectKey =
    payload.answers.length > 0 ? "letterOutcome.subjectAnswered" : "letterOutcome.subjectDelivered";
  return {
    ...composeMail(context, {
      subject: t(subjectKey, { letterTitle }),
      blocks: [
        { type: "paragraph", text: t("letterOutcome.intro", { letterTitle }) },
        ...deliveries,
        ...answers,
        {
          type: "action",
          label: t("letterOutcome.letterAction"),
          url: payload.letterUrl,
          emphasis: "primary",
        },
        { type: "paragraph", text: t("letterOutcome.why") },
        {
          type: "action",
          label: t("letterOutcome.unsubscribeAction"),
          url: payload.unsubscribeUrl,
          emphasis: "secondary",
        },
      ],
    }),
    headers: {
      "List-Unsubscribe": `<${payload.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
