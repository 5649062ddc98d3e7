import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAIL_PAYLOAD_SCHEMAS, type MailContent } from "@/lib/mail/mail-kinds";

export type { MailContent, MailKind, MailPayloads } from "@/lib/mail/mail-kinds";

/** One e-mail to send: its content (typed per kind) and its recipient's address. */
export type MailMessage = MailContent & { to: string };

type OutboxClient = Pick<Prisma.TransactionClient, "outboxMessage">;

/**
 * Writes an e-mail to the outbox with the caller's client or transaction client, so the e-mail is
 * sent if and only if the caller's change commits. The worker (outbox-worker.ts) sends it within
 * a second or two and retries until the mail server accepts it. Returns the outbox row id.
 */
export async function enqueueMail(db: OutboxClient, message: MailMessage): Promise<string> {
  const payload = MAIL_PAYLOAD_SCHEMAS[message.kind].parse(message.payload);
  const row = await db.outboxMessage.create({
    data: {
      kind: message.kind,
      to: message.to,
      locale: message.locale,
      payload,
      // Set here rather than by the column default: the worker compares it with the app's clock
      // in UTC, and CURRENT_TIMESTAMP in a timestamp column follows the session's time zone.
      nextAttemptAt: new Date(),
    },
    select: { id: true },
  });
  return row.id;
}
