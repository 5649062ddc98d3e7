import { env } from "@/lib/env";
import { createFolderTransport } from "@/lib/mail/folder-transport";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";

let configured: MailTransport | undefined;

/** The transport the environment asks for: VIGIL_SMTP_URL, or else the VIGIL_MAIL_DIR folder. */
export function configuredMailTransport(): MailTransport {
  configured ??= env.VIGIL_SMTP_URL
    ? createSmtpTransport(env.VIGIL_SMTP_URL, env.VIGIL_MAIL_FROM)
    : createFolderTransport(env.VIGIL_MAIL_DIR, env.VIGIL_MAIL_FROM);
  return configured;
}
