import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * Sent to the account's address after its password was changed from the account page: if the
 * change was not the owner's, this is how they find out, so it says when, from which address, and
 * what to do.
 */
export function authPasswordChangedMail(
  context: MailContext,
  payload: MailPayloads["auth.password_changed"],
): MailDocument {
  const { t } = context;
  return composeMail(context, {
    subject: t("passwordChanged.subject"),
    greeting: payload.name.trim() ? t("common.greeting", { name: payload.name }) : undefined,
    blocks: [
      {
        type: "paragraph",
        text: t("passwordChanged.intro", {
          email: payload.email,
          changedAt: context.formatExpiry(payload.changedAt),
        }),
      },
      {
        type: "paragraph",
        text: payload.ip
          ? t("passwordChanged.ip", { ip: payload.ip })
          : t("passwordChanged.ipUnknown"),
      },
      { type: "paragraph", text: t("passwordChanged.signedOut") },
      { type: "paragraph", text: t("passwordChanged.ifYou") },
      { type: "paragraph", text: t("passwordChanged.notYou") },
      {
        type: "action",
        label: t("passwordChanged.action"),
        url: payload.resetUrl,
        emphasis: "primary",
      },
    ],
  });
}
