import nodemailer from "nodemailer";
import { MAIL_KIND_HEADER, type MailTransport } from "@/lib/mail/mail-transport";

/**
 * Sends over SMTP with nodemailer. A new connection per message: the worker sends a handful at a
 * time, and a pooled connection would outlive a restart of the mail server.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // Short timeouts: a mail server that hangs must not hold the worker's claim on a batch
    // (see the lease in outbox-worker.ts).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const { hostname, port, protocol } = new URL(url);
  return {
    description: `SMTP server ${protocol}//${hostname}${port ? `:${port}` : ""}`,
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { [MAIL_KIND_HEADER]: mail.kind },
      });
    },
  };
}
