import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { alertContentOf, visiblePrisonerIds } from "./alert-content";
import { alertsOfChange, type AlertDraft } from "./alert-diff";
import type { AlertFacts } from "./alert-facts";

/**
 * The alert job's first half: turns settled public changes into alerts (README.md).
 *
 * An item is settled when its newest unprocessed facts row is older than the delay. An item that
 * is edited again and again never would be: once its oldest unprocessed row is older than
 * `maxWaitSeconds`, its rows older than the delay are taken and the newer wait. Its rows are
 * then read in order, the facts BEFORE the first are compared with the facts AFTER the last
 * (alert-diff.ts: a change undone within the delay compares equal), one FollowAlert is inserted
 * per thing that happened (ON CONFLICT on its dedupe key: never twice), and the rows are marked
 * processed, all in one transaction. Several instances may run it at once: an item is taken
 * under a transaction-scoped advisory lock that the others skip, and its rows are re-read under
 * FOR UPDATE, so a write that arrived meanwhile puts the item back to wait.
 */

/** Items per run; the rest wait for the next minute. */
const ITEMS_PER_RUN = 500;

/** pg_advisory_xact_lock namespace of "one alert job per item": "fwal". */
const ITEM_LOCK = 0x6677_616c;

type FactsRow = {
  id: bigint;
  before: unknown;
  after: unknown;
  settled: boolean;
  overdue: boolean;
};

/**
 * How long an item's alerts may wait for its editors to stop: an hour, or six delays when the
 * delay is longer. Past it, what has stayed published for the delay goes out.
 */
export function maxAlertWaitSeconds(delaySeconds: number): number {
  return Math.max(3600, delaySeconds * 6);
}

export async function detectAlerts(options: {
  delaySeconds: number;
  signal?: AbortSignal;
}): Promise<{ items: number; alerts: number }> {
  const maxWait = maxAlertWaitSeconds(options.delaySeconds);
  const ready = await prisma.$queryRaw<{ entityType: string; entityId: string }[]>`
    SELECT "entityType"::text AS "entityType", "entityId" FROM "PublicChangeFacts"
    WHERE "processedAt" IS NULL
    GROUP BY "entityType", "entityId"
    HAVING max("occurredAt") <= LOCALTIMESTAMP - make_interval(secs => ${options.delaySeconds}::int)
        OR min("occurredAt") <= LOCALTIMESTAMP - make_interval(secs => ${maxWait}::int)
    LIMIT ${ITEMS_PER_RUN}`;
  let items = 0;
  let alerts = 0;
  for (const item of ready) {
    if (options.signal?.aborted) break;
    const made = await processItem(item.entityType, item.entityId, options.delaySeconds);
    if (made !== null) {
      items += 1;
      alerts += made;
    }
  }
  return { items, alerts };
}

/** The alerts made for one item, or null when another job has it or it is not settled. */
async function processItem(
  entityType: string,
  entityId: string,
  delaySeconds: number,
): Promise<number | null> {
  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${ITEM_LOCK}::int, hashtext(${`${entityType}:${entityId}`})) AS "locked"`;
      if (!lock?.locked) return null;
      const pending = await tx.$queryRaw<FactsRow[]>`
        SELECT "id", "before", "after",
               "occurredAt" <= LOCALTIMESTAMP - make_interval(secs => ${delaySeconds}::int) AS "settled",
               "occurredAt" <= LOCALTIMESTAMP - make_interval(secs => ${maxAlertWaitSeconds(delaySeconds)}::int) AS "overdue"
        FROM "PublicChangeFacts"
        WHERE "entityType" = ${entityType}::"PublicEntityType" AND "entityId" = ${entityId}
          AND "processedAt" IS NULL
        ORDER BY "id" FOR UPDATE`;
      if (pending.length === 0) return null;
      // All settled; or, past the longest wait, the settled ones before the first still fresh.
      const fresh = pending.findIndex((row) => !row.settled);
      if (fresh !== -1 && !pending[0]!.overdue) return null;
      const rows = fresh === -1 ? pending : pending.slice(0, fresh);
      if (rows.length === 0) return null;
      const first = rows[0]!;
      const last = rows.at(-1)!;
      const drafts = alertsOfChange(
        first.before as AlertFacts | null,
        last.after as AlertFacts | null,
        {
          entityId,
          lastChangeId: last.id.toString(),
          today: new Date().toISOString().slice(0, 10),
        },
      );
      let made = 0;
      for (const draft of drafts) made += await insertAlert(tx, draft);
      await tx.$executeRaw`
        UPDATE "PublicChangeFacts" SET "processedAt" = LOCALTIMESTAMP
        WHERE "id" = ANY(${rows.map((row) => row.id)}::bigint[])`;
      return made;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/**
 * Inserts one alert unless its dedupe key exists; returns 1 when it was inserted. An alert that
 * reaches nobody (its prisoners unpublished or withholding the section since) is not made.
 */
export async function insertAlert(
  tx: Prisma.TransactionClient,
  draft: AlertDraft,
): Promise<number> {
  const prisonerIds = await visiblePrisonerIds(tx, draft);
  if (prisonerIds.length === 0 && !draft.countryCode && !draft.letterId) return 0;
  const content = await alertContentOf(tx, draft);
  return tx.$executeRaw`
    INSERT INTO "FollowAlert" ("id", "dedupeKey", "kind", "prisonerIds", "countryCode", "letterId", "content", "createdAt")
    VALUES (gen_random_uuid(), ${draft.dedupeKey}, ${draft.kind}, ${prisonerIds}::text[],
            ${draft.countryCode}, ${draft.letterId}, ${JSON.stringify(content)}::jsonb, ${new Date()})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/**
 * Processed facts rows are kept a week (to look into a complaint), then deleted; alerts five
 * weeks, past the digest of their week, once fanned out.
 */
export async function pruneProcessedFacts(): Promise<number> {
  const facts = await prisma.$executeRaw`
    DELETE FROM "PublicChangeFacts"
    WHERE "processedAt" < LOCALTIMESTAMP - interval '7 days'`;
  const alerts = await prisma.$executeRaw`
    DELETE FROM "FollowAlert"
    WHERE "fannedOutAt" IS NOT NULL AND "createdAt" < ${new Date(Date.now() - 35 * 86_400_000)}`;
  return facts + alerts;
}
