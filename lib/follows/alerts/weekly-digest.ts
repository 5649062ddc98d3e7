import "server-only";
import { prisma } from "@/lib/db";
import { followerLinks } from "@/lib/follows/follow-links";
import type { Prisma } from "@/lib/generated/prisma/client";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import { addDays } from "./alert-diff";
import { alertContentSchema, type AlertItem } from "./alert-item";

/**
 * The Monday digest: one `follow.digest` e-mail per WEEKLY follower with the alerts of the seven
 * days before that Monday (UTC) about what it confirmed following; nothing for a follower with
 * none. The week's FollowDigestRun row holds a cursor over followers that moves in the transaction
 * that queues a batch, so a run that is repeated (the schedule's backfill, a retry, a second
 * instance) continues where the last stopped and sends nobody a week twice.
 */
export const DIGEST_BATCH_SIZE = 1_000;
/** Alerts listed in one digest; the rest are counted ("and 12 more"). */
export const DIGEST_MAX_ITEMS = 30;

/** The Monday (UTC) of the week `now` is in, ISO date. */
export function digestWeekOf(now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const weekday = (now.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export async function sendWeeklyDigests(
  options: { now?: Date; batchSize?: number; signal?: AbortSignal } = {},
): Promise<{ weekOf: string; queued: number }> {
  const weekOf = digestWeekOf(options.now ?? new Date());
  await prisma.$executeRaw`
    INSERT INTO "FollowDigestRun" ("weekOf", "createdAt") VALUES (${weekOf}::date, ${new Date()})
    ON CONFLICT ("weekOf") DO NOTHING`;
  let queued = 0;
  for (;;) {
    if (options.signal?.aborted) break;
    const batch = await queueDigestBatch(weekOf, options.batchSize ?? DIGEST_BATCH_SIZE);
    if (batch === null) break;
    queued += batch;
  }
  return { weekOf, queued };
}

type FollowerRow = { id: string; email: string; locale: string };

async function queueDigestBatch(weekOf: string, batchSize: number): Promise<number | null> {
  return prisma.$transaction(
    async (tx) => {
      const [run] = await tx.$queryRaw<{ cursor: string | null; finishedAt: Date | null }[]>`
        SELECT "cursor"::text AS "cursor", "finishedAt" FROM "FollowDigestRun"
        WHERE "weekOf" = ${weekOf}::date FOR UPDATE`;
      if (!run || run.finishedAt) return null;
      const followers = await tx.$queryRaw<FollowerRow[]>`
        SELECT f."id"::text AS "id", f."email"::text AS "email", f."locale" FROM "Follower" AS f
        WHERE f."cadence" = 'WEEKLY' AND f."confirmedAt" IS NOT NULL
          AND (${run.cursor}::uuid IS NULL OR f."id" > ${run.cursor}::uuid)
        ORDER BY f."id" LIMIT ${batchSize}`;
      if (followers.length === 0) {
        await tx.followDigestRun.update({
          where: { weekOf: new Date(`${weekOf}T00:00:00Z`) },
          data: { finishedAt: new Date() },
        });
        return null;
      }
      const digests = await digestsOf(tx, followers, weekOf);
      if (digests.length > 0) await tx.outboxMessage.createMany({ data: digests });
      await tx.followDigestRun.update({
        where: { weekOf: new Date(`${weekOf}T00:00:00Z`) },
        data: { cursor: followers.at(-1)!.id, queued: { increment: digests.length } },
      });
      return digests.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** The outbox rows of a batch of weekly followers: only those with alerts this week. */
async function digestsOf(
  tx: Prisma.TransactionClient,
  followers: FollowerRow[],
  weekOf: string,
): Promise<Prisma.OutboxMessageCreateManyInput[]> {
  const from = new Date(`${addDays(weekOf, -7)}T00:00:00Z`);
  const to = new Date(`${weekOf}T00:00:00Z`);
  const matches = await tx.$queryRaw<{ followerId: string; alertId: string }[]>`
    SELECT DISTINCT fo."followerId"::text AS "followerId", a."id"::text AS "alertId", a."createdAt"
    FROM "Follow" AS fo
    JOIN "FollowAlert" AS a
      ON a."createdAt" >= ${from} AND a."createdAt" < ${to}
     AND (fo."prisonerId" = ANY(a."prisonerIds") OR fo."countryCode" = a."countryCode"
          OR fo."letterId" = a."letterId")
    WHERE fo."followerId" = ANY(${followers.map((f) => f.id)}::uuid[])
      AND fo."confirmedAt" IS NOT NULL
    ORDER BY a."createdAt", "alertId"`;
  if (matches.length === 0) return [];
  const alerts = await tx.followAlert.findMany({
    where: { id: { in: [...new Set(matches.map((match) => match.alertId))] } },
    select: { id: true, content: true },
  });
  const contents = new Map(alerts.map((a) => [a.id, alertContentSchema.parse(a.content)]));
  const byFollower = new Map<string, string[]>();
  for (const match of matches) {
    byFollower.set(match.followerId, [...(byFollower.get(match.followerId) ?? []), match.alertId]);
  }
  const now = new Date();
  return followers.flatMap((follower) => {
    const ids = byFollower.get(follower.id);
    if (!ids) return [];
    const locale = knownLocaleOr(follower.locale);
    const items: AlertItem[] = ids.map((id) => contents.get(id)![locale]);
    const payload = MAIL_PAYLOAD_SCHEMAS["follow.digest"].parse({
      items: items.slice(0, DIGEST_MAX_ITEMS),
      more: Math.max(0, items.length - DIGEST_MAX_ITEMS),
      followerId: follower.id,
      ...followerLinks(follower.id, locale),
    });
    return [{ kind: "follow.digest", to: follower.email, locale, payload, nextAttemptAt: now }];
  });
}
