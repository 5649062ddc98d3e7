import "server-only";
import { prisma } from "@/lib/db";
import { followerLinks, sponsorAlertsUnsubscribeUrl } from "@/lib/follows/follow-links";
import { Prisma } from "@/lib/generated/prisma/client";
import { knownLocaleOr, routing } from "@/lib/i18n/routing";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import {
  listPrisonerSponsorAlertRecipients,
  type SponsorAlertRecipient,
} from "@/lib/sponsors/sponsor-alert-recipients";
import { alertContentSchema, type AlertContent } from "./alert-item";

/**
 * The alert job's second half: one `follow.alert` e-mail in the outbox per INSTANT follower with
 * a confirmed follow of one of the alert's prisoners, its country or its letter, one per follower
 * however many of its follows match; and one `follow.sponsor-alert` per sponsor of its prisoners.
 *
 * In batches of FANOUT_BATCH_SIZE followers, each in its own transaction that locks the alert's
 * row, reads the next followers after the alert's cursor (in follower id order, from the
 * (target, followerId) indexes), inserts their outbox rows with one INSERT … SELECT and moves the
 * cursor: 100,000 followers make 20 short transactions, never one long one, and a job cut short
 * or run twice queues no e-mail twice. The sponsors are queued with the first batch.
 */
export const FANOUT_BATCH_SIZE = 5_000;

type AlertRow = {
  id: string;
  prisonerIds: string[];
  countryCode: string | null;
  letterId: string | null;
  content: unknown;
  cursor: string | null;
  fannedOutAt: Date | null;
};

type FollowerRow = { id: string; email: string; locale: string };

/** Fans out every alert not yet fanned out, oldest first. */
export async function fanOutPendingAlerts(
  options: { batchSize?: number; signal?: AbortSignal } = {},
): Promise<{ alerts: number; queued: number }> {
  const pending = await prisma.followAlert.findMany({
    where: { fannedOutAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: 200,
  });
  let queued = 0;
  for (const alert of pending) {
    for (;;) {
      if (options.signal?.aborted) return { alerts: pending.length, queued };
      const batch = await queueFanOutBatch(alert.id, options.batchSize ?? FANOUT_BATCH_SIZE);
      if (batch === null) break;
      queued += batch;
    }
  }
  return { alerts: pending.length, queued };
}

/** Queues one batch; returns how many e-mails, or null when the alert is done. */
export async function queueFanOutBatch(alertId: string, batchSize: number): Promise<number | null> {
  return prisma.$transaction(
    async (tx) => {
      const [alert] = await tx.$queryRaw<AlertRow[]>`
        SELECT "id"::text AS "id", "prisonerIds", "countryCode", "letterId", "content",
               "cursor"::text AS "cursor", "fannedOutAt"
        FROM "FollowAlert" WHERE "id" = ${alertId}::uuid FOR UPDATE`;
      if (!alert || alert.fannedOutAt) return null;
      const content = alertContentSchema.parse(alert.content);
      const sponsors = alert.cursor === null ? await queueSponsors(tx, alert, content) : 0;
      const followers = await nextFollowers(tx, alert, batchSize);
      if (followers.length === 0) {
        await tx.followAlert.update({
          where: { id: alertId },
          data: { fannedOutAt: new Date(), queued: { increment: sponsors } },
        });
        return sponsors > 0 ? sponsors : null;
      }
      await insertFollowerMails(tx, followers, content);
      await tx.followAlert.update({
        where: { id: alertId },
        data: { cursor: followers.at(-1)!.id, queued: { increment: followers.length + sponsors } },
      });
      return followers.length + sponsors;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/**
 * The next instant followers after the cursor: one ordered index range per target, merged, so
 * each batch reads about `limit` rows per target whatever the total.
 */
async function nextFollowers(
  tx: Prisma.TransactionClient,
  alert: AlertRow,
  limit: number,
): Promise<FollowerRow[]> {
  const targets: Prisma.Sql[] = [
    ...alert.prisonerIds.map((id) => Prisma.sql`fo."prisonerId" = ${id}`),
    ...(alert.countryCode ? [Prisma.sql`fo."countryCode" = ${alert.countryCode}`] : []),
    ...(alert.letterId ? [Prisma.sql`fo."letterId" = ${alert.letterId}`] : []),
  ];
  if (targets.length === 0) return [];
  const after = alert.cursor;
  const ranges = targets.map(
    (target) => Prisma.sql`(
      SELECT fo."followerId" FROM "Follow" AS fo
      JOIN "Follower" AS f ON f."id" = fo."followerId" AND f."cadence" = 'INSTANT'
      WHERE ${target} AND fo."confirmedAt" IS NOT NULL
        AND (${after}::uuid IS NULL OR fo."followerId" > ${after}::uuid)
      ORDER BY fo."followerId" LIMIT ${limit})`,
  );
  return tx.$queryRaw<FollowerRow[]>`
    SELECT f."id"::text AS "id", f."email"::text AS "email", f."locale"
    FROM (SELECT DISTINCT "followerId" FROM (${Prisma.join(ranges, " UNION ALL ")}) AS m
          ORDER BY "followerId" LIMIT ${limit}) AS ids
    JOIN "Follower" AS f ON f."id" = ids."followerId"
    ORDER BY f."id"`;
}

/** One INSERT … SELECT of the batch's outbox rows; the links are made here, keyed per follower. */
async function insertFollowerMails(
  tx: Prisma.TransactionClient,
  followers: FollowerRow[],
  content: AlertContent,
): Promise<void> {
  const locales = followers.map((follower) => knownLocaleOr(follower.locale));
  // One keyed hash per follower for its three links.
  const links = followers.map((follower, i) => followerLinks(follower.id, locales[i]!));
  // Validated once per locale as the outbox would (the links are checked below by their maker).
  for (const locale of routing.locales) {
    MAIL_PAYLOAD_SCHEMAS["follow.alert"].parse({
      alert: content[locale],
      followerId: followers[0]!.id,
      ...links[0]!,
    });
  }
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "kind", "to", "locale", "payload", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, 'follow.alert', b.email, b.locale,
           jsonb_build_object('alert', (${JSON.stringify(content)}::jsonb) -> b.locale,
                              'followerId', b.id, 'manageUrl', b.manage,
                              'unsubscribeUrl', b.unsubscribe,
                              'unsubscribePageUrl', b.unsubscribe_page),
           ${now}, ${now}
    FROM unnest(${followers.map((f) => f.id)}::text[], ${followers.map((f) => f.email)}::text[],
                ${locales}::text[],
                ${links.map((l) => l.manageUrl)}::text[],
                ${links.map((l) => l.unsubscribeUrl)}::text[],
                ${links.map((l) => l.unsubscribePageUrl)}::text[])
         AS b(id, email, locale, manage, unsubscribe, unsubscribe_page)`;
}

/**
 * A prisoner's sponsors hear of its alerts too, once per address, in the language staff chose
 * for each (PrisonerSponsor.alertLocale), with their own unsubscribe. Read in the batch's
 * transaction, so the sponsors queued are those of the moment the cursor first moves.
 */
async function queueSponsors(
  tx: Prisma.TransactionClient,
  alert: AlertRow,
  content: AlertContent,
): Promise<number> {
  if (alert.prisonerIds.length === 0) return 0;
  const lists: SponsorAlertRecipient[][] = [];
  // One after another: the statements of a transaction run one at a time on its connection.
  for (const prisonerId of alert.prisonerIds) {
    lists.push(await listPrisonerSponsorAlertRecipients(prisonerId, tx));
  }
  const seen = new Set<string>();
  const recipients = lists.flat().filter((recipient) => {
    const key = recipient.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (recipients.length === 0) return 0;
  const now = new Date();
  await tx.outboxMessage.createMany({
    data: recipients.map((recipient) => ({
      kind: "follow.sponsor-alert",
      to: recipient.email,
      locale: recipient.locale,
      payload: MAIL_PAYLOAD_SCHEMAS["follow.sponsor-alert"].parse({
        alert: content[recipient.locale],
        unsubscribeUrl: sponsorAlertsUnsubscribeUrl(recipient.sponsorId),
      }),
      nextAttemptAt: now,
    })),
  });
  return recipients.length;
}
