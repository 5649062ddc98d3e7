import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

export function authPasswordResetMail(
  context: MailContext,
  payload: MailPayloads["auth.password_reset"],
): MailDocument {
  const { t } = context;
  return composeMail(context, {
    subject: t("passwordReset.subject"),
    greeting: payload.name.trim() ? t("common.greeting", { name: payload.name }) : undefined,
    blocks: [
      { type: "paragraph", text: t("passwordReset.intro") },
      { type: "paragraph", text: t("passwordReset.instruction") },
      {
        type: "action",
        label: t("passwordReset.action"),
        url: payload.resetUrl,
        emphasis: "primary",
      },
      {
        type: "paragraph",
        text: t("passwordReset.expiry", { expiresAt: context.formatExpiry(payload.expiresAt) }),
      },
      { type: "paragraph", text: t("passwordReset.notYou") },
    ],
  });
}
