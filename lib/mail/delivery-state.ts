import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SendErrorKind } from "@/lib/mail/send-error-kind";

/** The one row of MailDeliveryState. */
export const DELIVERY_STATE_ID = "outbox";

/** A timestamp(3) parameter as UTC text (the columns' type), so the session's time zone plays no part. */
function utc(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/**
 * Records how a drain went, once per drain that sent or failed something (never per message, so
 * the row is no hot spot in a surge). Any accepted message ends a failing period; a drain that
 * only failed starts one, or continues the one under way. One statement, so that drains on
 * several servers at once keep the earliest start.
 */
export async function recordDrainOutcome(
  db: Pick<PrismaClient, "$executeRaw">,
  outcome: { sent: number; failed: number; lastErrorKind?: SendErrorKind },
  now = new Date(),
): Promise<void> {
  if (outcome.sent === 0 && outcome.failed === 0) return;
  const successAt = outcome.sent > 0 ? now : null;
  const failureAt = outcome.failed > 0 ? now : null;
  const errorKind = outcome.failed > 0 ? (outcome.lastErrorKind ?? "other") : null;
  const failingFrom = outcome.sent > 0 ? null : now;
  await db.$executeRaw`
    INSERT INTO "MailDeliveryState" (id, "failingSince", "lastSuccessAt", "lastFailureAt", "lastErrorKind")
    VALUES (${DELIVERY_STATE_ID}, ${utc(failingFrom)}::timestamp(3), ${utc(successAt)}::timestamp(3),
            ${utc(failureAt)}::timestamp(3), ${errorKind})
    ON CONFLICT (id) DO UPDATE SET
      "failingSince" = CASE WHEN EXCLUDED."lastSuccessAt" IS NOT NULL THEN NULL
                            ELSE COALESCE("MailDeliveryState"."failingSince", EXCLUDED."failingSince") END,
      "lastSuccessAt" = COALESCE(EXCLUDED."lastSuccessAt", "MailDeliveryState"."lastSuccessAt"),
      "lastFailureAt" = COALESCE(EXCLUDED."lastFailureAt", "MailDeliveryState"."lastFailureAt"),
      "lastErrorKind" = COALESCE(EXCLUDED."lastErrorKind", "MailDeliveryState"."lastErrorKind")`;
}

/** How the outbox is doing; no addresses, no server messages. */
export interface OutboxState {
  /** Messages not yet accepted by the mail server (due now or waiting for their retry). */
  waiting: number;
  /** Age of the oldest of them, in seconds; null when none waits. */
  oldestWaitingSeconds: number | null;
  /** Messages whose last attempt failed within the last hour. */
  failuresLastHour: number;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastErrorKind: string | null;
  /** Since when every drain has failed; null while mail flows. */
  failingSince: Date | null;
  /** When the administrators were alerted about the current failing period, if they were. */
  alertSentAt: Date | null;
}

type ReadClient = Pick<PrismaClient, "mailDeliveryState" | "outboxMessage">;

/** Reads the outbox's state: three small queries on indexed columns and one row. */
export async function readOutboxState(db: ReadClient, now = new Date()): Promise<OutboxState> {
  const hourAgo = new Date(now.getTime() - 60 * 60_000);
  const [waiting, oldest, failuresLastHour, state] = await Promise.all([
    db.outboxMessage.count({ where: { sentAt: null } }),
    db.outboxMessage.aggregate({ where: { sentAt: null }, _min: { createdAt: true } }),
    db.outboxMessage.count({ where: { lastFailedAt: { gte: hourAgo } } }),
    db.mailDeliveryState.findUnique({ where: { id: DELIVERY_STATE_ID } }),
  ]);
  const oldestAt = oldest._min.createdAt;
  const failingSince = state?.failingSince ?? null;
  const alerted = failingSince && state?.alertedFailingSince?.getTime() === failingSince.getTime();
  return {
    waiting,
    oldestWaitingSeconds: oldestAt
      ? Math.max(0, Math.round((now.getTime() - oldestAt.getTime()) / 1000))
      : null,
    failuresLastHour,
    lastSuccessAt: state?.lastSuccessAt ?? null,
    lastFailureAt: state?.lastFailureAt ?? null,
    lastErrorKind: state?.lastErrorKind ?? null,
    failingSince,
    alertSentAt: alerted ? (state?.alertSentAt ?? null) : null,
  };
}
