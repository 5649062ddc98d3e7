import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * Sent to an account's address when it sees a burst of failed sign-ins (lib/auth/sign-in-burst.ts):
 * the account is not locked (throttling is per address), so the holder is told instead: when,
 * how many attempts from how many addresses, and what to do if it was not them.
 */
export function authSignInBurstMail(
  context: MailContext,
  payload: MailPayloads["auth.sign_in_burst"],
): MailDocument {
  const { t } = context;
  return composeMail(context, {
    subject: t("signInBurst.subject"),
    greeting: payload.name.trim() ? t("common.greeting", { name: payload.name }) : undefined,
    blocks: [
      {
        type: "paragraph",
        text: t("signInBurst.intro", {
          email: payload.email,
          failures: payload.failures,
          addresses: payload.addresses,
          firstAt: context.formatExpiry(payload.firstAt),
          lastAt: context.formatExpiry(payload.lastAt),
        }),
      },
      { type: "paragraph", text: t("signInBurst.ifYou") },
      { type: "paragraph", text: t("signInBurst.notYou") },
      {
        type: "action",
        label: t("signInBurst.action"),
        url: payload.accountUrl,
        emphasis: "primary",
      },
      {
        type: "action",
        label: t("signInBurst.resetAction"),
        url: payload.resetUrl,
        emphasis: "secondary",
      },
      { type: "paragraph", text: t("signInBurst.once") },
    ],
  });
}
