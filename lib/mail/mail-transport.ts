import type { MailKind } from "@/lib/mail/mail-kinds";
import type { RenderedMail } from "@/lib/mail/templates/mail-document";

/** A rendered e-mail addressed to one recipient. */
export interface OutgoingMail extends RenderedMail {
  kind: MailKind;
  to: string;
  /**
   * The Message-ID header, with its angle brackets: the same for every attempt at one outbox row
   * (message-id.ts), so that a copy sent again after a crash is recognisable as the same message.
   */
  messageId: string;
}

/** Where the outbox worker hands e-mails to: an SMTP server, or a folder in development. */
export interface MailTransport {
  /** Resolves once the message is accepted (by the SMTP server, or written); rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  /** For start-up logs, without credentials. */
  readonly description: string;
  /** Ends open connections; the worker's watchdog calls it before starting a fresh transport. */
  close?(): void;
}

/** Header naming the template, so tests and filters can tell e-mails apart by kind. */
export const MAIL_KIND_HEADER = "X-Vigil-Kind";
