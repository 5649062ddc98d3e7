import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { MAIL_PAYLOAD_SCHEMAS, type MailKind, type MailPayloads } from "@/lib/mail/mail-kinds";

export type { MailKind, MailPayloads } from "@/lib/mail/mail-kinds";

/**
 * One e-mail to send. A discriminated union over `kind`, so that a payload that does not fit its
 * template fails type-checking at the call site.
 */
export type MailMessage = {
  [K in MailKind]: {
    kind: K;
    /** Recipient address. */
    to: string;
    /** Language of the e-mail: usually the locale of the page the person used. */
    locale: Locale;
    payload: MailPayloads[K];
  };
}[MailKind];

type OutboxClient = Pick<Prisma.TransactionClient, "outboxMessage">;

/**
 * Writes an e-mail to the outbox with the caller's client or transaction client, so the e-mail is
 * sent if and only if the caller's change commits. The worker (outbox-worker.ts) sends it within
 * a second or two and retries until the mail server accepts it. Returns the outbox row id.
 */
export async function enqueueMail(db: OutboxClient, message: MailMessage): Promise<string> {
  const payload = MAIL_PAYLOAD_SCHEMAS[message.kind].parse(message.payload);
  const row = await db.outboxMessage.create({
    data: { kind: message.kind, to: message.to, locale: message.locale, payload },
    select: { id: true },
  });
  return row.id;
}
