import nodemailer from "nodemailer";
import { describeMailForLog, writeEmlFile } from "@/lib/mail/eml-folder";
import { firstLink } from "@/lib/mail/mail-links";
import { MAIL_KIND_HEADER, type MailTransport } from "@/lib/mail/mail-transport";

/**
 * Without an SMTP server (development without the launcher): each message is composed exactly as
 * it would be sent, saved as an .eml file any mail program opens, and its first link is logged.
 */
export function createFolderTransport(dir: string, from: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    description: `folder ${dir} (no SMTP server configured)`,
    async send(mail) {
      const info = await composer.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { ...mail.headers, [MAIL_KIND_HEADER]: mail.kind },
      });
      const file = await writeEmlFile(dir, info.message as Buffer);
      console.info(
        `[mail] ${describeMailForLog(mail.to, mail.subject, firstLink(mail.text))} (${file})`,
      );
    },
  };
}
