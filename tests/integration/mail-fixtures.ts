import type { MailMessage } from "@/lib/mail/outbox";
import { createSmtpTransport, type SmtpTransport } from "@/lib/mail/smtp-transport";

/** What the mail tests share: a message to queue, and SMTP transports closed after each test. */

export const TEST_MAIL_FROM = "Vigil <no-reply@vigil.local>";

/** A password-reset e-mail, the simplest kind, to queue in the outbox. */
export function passwordResetMail(to: string): MailMessage {
  return {
    kind: "auth.password_reset",
    to,
    locale: "en",
    payload: {
      name: "Vera",
      resetUrl: "https://vigil.example/en/password-reset/abc",
      expiresAt: "2026-12-01T18:30:00.000Z",
    },
  };
}

/** SMTP transports opened by a test file, each closed by `closeAll()` (in afterEach). */
export function smtpTransports(): {
  open(url: string): SmtpTransport;
  closeAll(): void;
} {
  const open: SmtpTransport[] = [];
  return {
    open(url) {
      const transport = createSmtpTransport(url, TEST_MAIL_FROM);
      open.push(transport);
      return transport;
    },
    closeAll() {
      for (const transport of open.splice(0)) transport.close();
    },
  };
}
