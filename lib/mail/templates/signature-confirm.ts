import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/** Double opt-in: the link opens a page whose button confirms (a link scanner's GET does not). */
export function signatureConfirmMail(
  context: MailContext,
  payload: MailPayloads["signature.confirm"],
): MailDocument {
  const { t } = context;
  const letterTitle = payload.letterTitle;
  return composeMail(context, {
    subject: t("signatureConfirm.subject", { letterTitle }),
    greeting: payload.name.trim() ? t("common.greeting", { name: payload.name }) : undefined,
    blocks: [
      { type: "paragraph", text: t("signatureConfirm.intro", { letterTitle }) },
      { type: "paragraph", text: t("signatureConfirm.instruction") },
      {
        type: "action",
        label: t("signatureConfirm.action"),
        url: payload.confirmUrl,
        emphasis: "primary",
      },
      {
        type: "paragraph",
        text: t("signatureConfirm.expiry", { expiresAt: context.formatExpiry(payload.expiresAt) }),
      },
      { type: "paragraph", text: t("signatureConfirm.withdraw") },
      {
        type: "action",
        label: t("signatureConfirm.withdrawAction"),
        url: payload.withdrawUrl,
        emphasis: "secondary",
      },
      { type: "paragraph", text: t("signatureConfirm.notYou") },
    ],
  });
}
