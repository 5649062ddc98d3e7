import { env } from "@/lib/env";
import { createFolderTransport } from "@/lib/mail/folder-transport";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";

let configured: MailTransport | undefined;

/** A new transport of the kind the environment asks for: VIGIL_SMTP_URL, or the VIGIL_MAIL_DIR folder. */
export function createConfiguredMailTransport(): MailTransport {
  return env.VIGIL_SMTP_URL
    ? createSmtpTransport(env.VIGIL_SMTP_URL, env.VIGIL_MAIL_FROM)
    : createFolderTransport(env.VIGIL_MAIL_DIR, env.VIGIL_MAIL_FROM);
}

/** The transport the environment asks for, one per process (drains without a worker). */
export function configuredMailTransport(): MailTransport {
  configured ??= createConfiguredMailTransport();
  return configured;
}

/**
 * The second route for the mail-failure alert (failure-alert.ts): VIGIL_ALERT_SMTP_URL, when set,
 * e.g. another provider than the one that is failing. Null without it.
 */
export function createAlertMailTransport(): MailTransport | null {
  return env.VIGIL_ALERT_SMTP_URL
    ? createSmtpTransport(env.VIGIL_ALERT_SMTP_URL, env.VIGIL_MAIL_FROM)
    : null;
}
