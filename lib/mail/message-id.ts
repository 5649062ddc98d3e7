import { publicOrigin } from "@/lib/security/public-origin";

/**
 * The Message-ID of an outbox row: `<outbox-{id}@{host of the public origin}>`. Every attempt at
 * one row carries the same one, so when a message is sent twice (the process died after the mail
 * server accepted it but before "sent" was recorded), mail servers and clients that deduplicate
 * by Message-ID show it once, and a mailbox can count duplicates exactly.
 */
export function outboxMessageId(outboxId: string): string {
  return `<outbox-${outboxId}@${new URL(publicOrigin()).hostname}>`;
}
