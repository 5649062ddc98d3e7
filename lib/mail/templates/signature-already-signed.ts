import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * Sent instead of showing on screen that an address has signed: only the owner of the address
 * learns it. Deliberately without the name given in the second attempt (it may not be theirs).
 */
export function signatureAlreadySignedMail(
  context: MailContext,
  payload: MailPayloads["signature.already_signed"],
): MailDocument {
  const { t } = context;
  const letterTitle = payload.letterTitle;
  const withdraw: MailBlock[] = payload.withdrawUrl
    ? [
        { type: "paragraph", text: t("signatureAlreadySigned.withdraw") },
        {
          type: "action",
          label: t("signatureAlreadySigned.withdrawAction"),
          url: payload.withdrawUrl,
          emphasis: "secondary",
        },
      ]
    : [];
  return composeMail(context, {
    subject: t("signatureAlreadySigned.subject", { letterTitle }),
    blocks: [
      { type: "paragraph", text: t("signatureAlreadySigned.intro", { letterTitle }) },
      { type: "paragraph", text: t("signatureAlreadySigned.nothingChanged") },
      {
        type: "action",
        label: t("signatureAlreadySigned.action"),
        url: payload.letterUrl,
        emphasis: "primary",
      },
      ...withdraw,
      { type: "paragraph", text: t("signatureAlreadySigned.notYou") },
    ],
  });
}
