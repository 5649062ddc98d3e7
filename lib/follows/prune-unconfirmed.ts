import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS, FOLLOW_CONFIRM_DAYS } from "@/lib/follows/follow-lifetimes";
import { FOLLOW_MAIL_KINDS } from "@/lib/follows/forget-follower";

/**
 * Retention of following (the daily job `follows.prune-unconfirmed`, lib/jobs): a follow still
 * unconfirmed 7 days after it was asked for is deleted, and so is a follower that, 7 days after it
 * was made, has no confirmed follow and none still waiting: an address nobody confirmed, or one
 * that has stopped following everything. A deleted follower's follow e-mails go from the outbox
 * with it, as "forget me" does. Safe to run twice.
 */
export async function pruneUnconfirmedFollows(now = new Date()): Promise<{
  follows: number;
  followers: number;
}> {
  const cutoff = new Date(now.getTime() - FOLLOW_CONFIRM_DAYS * DAY_MS);
  return prisma.$transaction(async (tx) => {
    const follows = await tx.follow.deleteMany({
      where: { confirmedAt: null, createdAt: { lte: cutoff } },
    });
    const followers = await tx.$queryRaw<{ n: number }[]>(Prisma.sql`
      WITH gone AS (
        DELETE FROM "Follower" AS f
        WHERE f."createdAt" <= ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "Follow" AS w WHERE w."followerId" = f."id")
        RETURNING f."email"
      ),
      mail AS (
        DELETE FROM "OutboxMessage" AS m USING gone
        WHERE lower(m."to") = lower(gone."email")
          AND m."kind" = ANY(${[...FOLLOW_MAIL_KINDS]}::text[])
      )
      SELECT count(*)::int AS "n" FROM gone`);
    return { follows: follows.count, followers: followers[0]?.n ?? 0 };
  });
}
