import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

const ROLE_KEYS = {
  ADMIN: "roles.admin",
  EDITOR: "roles.editor",
  CONTRIBUTOR: "roles.contributor",
} as const;

function roleName(context: MailContext, role: string): string {
  const key = ROLE_KEYS[role.toUpperCase() as keyof typeof ROLE_KEYS];
  // A role added later without a translation still reads sensibly.
  return key ? context.t(key) : role;
}

export function authInvitationMail(
  context: MailContext,
  payload: MailPayloads["auth.invitation"],
): MailDocument {
  const { t } = context;
  return composeMail(context, {
    subject: t("invitation.subject"),
    blocks: [
      {
        type: "paragraph",
        text: t("invitation.intro", {
          inviterName: payload.inviterName,
          role: roleName(context, payload.role),
        }),
      },
      { type: "paragraph", text: t("invitation.instruction") },
      {
        type: "action",
        label: t("invitation.action"),
        url: payload.acceptUrl,
        emphasis: "primary",
      },
      {
        type: "paragraph",
        text: t("invitation.expiry", { expiresAt: context.formatExpiry(payload.expiresAt) }),
      },
      { type: "paragraph", text: t("invitation.notYou") },
    ],
  });
}
