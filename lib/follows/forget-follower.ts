import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAIL_PAYLOAD_SCHEMAS, type MailKind } from "@/lib/mail/mail-kinds";

/**
 * The mail kinds a follower receives: every kind named "follow.…" (the confirmation, the link to
 * one's follows, and the alerts and digests of lib/follows/alerts), read from the registry so
 * that a kind added there is covered here without an edit.
 */
export const FOLLOW_MAIL_KINDS: readonly MailKind[] = (
  Object.keys(MAIL_PAYLOAD_SCHEMAS) as MailKind[]
).filter((kind) => kind.startsWith("follow."));

type ForgetClient = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Deletes a follower, its follows (by cascade) and every follower e-mail still addressed to it in
 * the outbox, sent or not, in one statement: the address is gone at once, from the table and from
 * the mail waiting to go out ("forget me", one-click unsubscribe, and the alerts' own unsubscribe
 * use this). True when there was a follower to delete. A message the outbox worker is sending at
 * that very moment may still arrive; none is sent after.
 */
export async function forgetFollower(
  followerId: string,
  db: ForgetClient = prisma,
): Promise<boolean> {
  const deleted = await db.$queryRaw<{ gone: number }[]>`
    WITH gone AS (
      DELETE FROM "Follower" WHERE "id" = ${followerId}::uuid RETURNING "email"
    ),
    mail AS (
      DELETE FROM "OutboxMessage" AS m USING gone
      WHERE lower(m."to") = lower(gone."email")
        -- The LIKE lets the planner use the partial index of follower mail by address.
        AND m."kind" LIKE 'follow.%'
        AND m."kind" = ANY(${[...FOLLOW_MAIL_KINDS]}::text[])
    )
    SELECT 1 AS "gone" FROM gone`;
  return deleted.length > 0;
}
