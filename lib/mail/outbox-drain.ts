import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import { configuredMailTransport } from "@/lib/mail/configured-transport";
import { isMailKind, MAIL_PAYLOAD_SCHEMAS, type MailContent } from "@/lib/mail/mail-kinds";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { renderMail } from "@/lib/mail/render-mail";
import { SMTP_POOL_CONNECTIONS } from "@/lib/mail/smtp-transport";

/**
 * How many messages one drain claims. The worker claims again at once when a batch was full, so
 * a surge is sent batch after batch; a batch this size keeps the per-batch statements (the claim
 * and the one "sent" update) cheap beside the sending, and is still sent well within half the
 * lease at the rates a mail server accepts.
 */
export const OUTBOX_BATCH_SIZE = 100;
/**
 * Messages in flight at once. Sending is mostly waiting on the mail server, so a few at once
 * multiply throughput; as many as the SMTP transport keeps connections (smtp-transport.ts), so
 * no message waits in nodemailer's queue, where its time would count against the lease.
 */
const SEND_CONCURRENCY = SMTP_POOL_CONNECTIONS;
/**
 * How long a claim holds: claimed rows get nextAttemptAt = now + lease, so if the process dies
 * mid-send, another drain picks them up after the lease instead of the rows being lost. A drain
 * starts no send after half the lease, and a started send ends within the SMTP transport's
 * timeouts (10 s to connect, 10 s for the greeting, 30 s of silence), so before the lease does.
 */
export const OUTBOX_LEASE_MS = 2 * 60_000;
const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 15 * 60_000;

/** Wait before the next attempt after `attempts` failures: 5 s, 10 s, 20 s … at most 15 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * The error to store and log: the mail server's message without addresses (servers often quote
 * the recipient), cut to a length that fits a log line.
 */
export function describeSendError(error: unknown): string {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string"
      ? `${error.code}: `
      : "";
  const message = error instanceof Error ? error.message : String(error);
  return `${code}${message}`.replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, "<address>").slice(0, 500);
}

interface ClaimedRow {
  id: string;
  kind: string;
  to: string;
  locale: string;
  payload: unknown;
  attempts: number;
}

/** Reads a row back into typed content; throws (and so retries later) when it does not fit. */
function contentOf(row: ClaimedRow): MailContent {
  if (!isMailKind(row.kind)) throw new Error(`Unknown e-mail kind "${row.kind}"`);
  const raw = typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload;
  const locale: Locale = (routing.locales as readonly string[]).includes(row.locale)
    ? (row.locale as Locale)
    : routing.defaultLocale;
  const payload = MAIL_PAYLOAD_SCHEMAS[row.kind].parse(raw);
  return { kind: row.kind, locale, payload } as MailContent;
}

/**
 * Claims due messages: one statement, so the row locks and the lease commit together. SKIP LOCKED
 * lets several drains (processes, or overlapping ticks) run at once without waiting on each other
 * or taking the same row. Times are passed as UTC text cast to `timestamp`, the column's type,
 * so the session's time zone plays no part.
 */
async function claimDueMessages(
  db: PrismaClient,
  now: Date,
  batchSize: number,
): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + OUTBOX_LEASE_MS);
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" AS o
    SET "nextAttemptAt" = ${leaseUntil.toISOString()}::timestamp(3)
    FROM (
      SELECT id FROM "OutboxMessage"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now.toISOString()}::timestamp(3)
      ORDER BY "nextAttemptAt", id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE o.id = due.id
    RETURNING o.id, o.kind, o."to", o.locale, o.payload, o.attempts`;
}

export interface DrainOptions {
  /** Defaults to the app's client. */
  db?: PrismaClient;
  /** Defaults to the configured transport (VIGIL_SMTP_URL, or the mail folder). */
  transport?: MailTransport;
  batchSize?: number;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  failed: number;
}

/** Marks messages as accepted by the mail server: one statement for the whole batch. */
async function markSent(db: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const sentAt = new Date();
  await db.outboxMessage.updateMany({
    where: { id: { in: ids } },
    // nextAttemptAt back from the lease to the moment of sending, for readable rows.
    data: { sentAt, nextAttemptAt: sentAt, lastError: null },
  });
}

/** Records a failed attempt and when to try again; per message, as failures are rare. */
async function markFailed(db: PrismaClient, row: ClaimedRow, error: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const lastError = describeSendError(error);
  const delay = retryDelayMs(attempts);
  await db.outboxMessage.update({
    where: { id: row.id },
    data: { attempts, lastError, nextAttemptAt: new Date(Date.now() + delay) },
  });
  console.warn(
    `[mail] Outbox message ${row.id} (${row.kind}) not sent, attempt ${attempts}: ${lastError}. Next try in ${Math.round(delay / 1000)} s.`,
  );
}

async function send(transport: MailTransport, row: ClaimedRow): Promise<void> {
  const content = contentOf(row);
  const rendered = await renderMail(content);
  await transport.send({ ...rendered, kind: content.kind, to: row.to });
}

/**
 * Sends one batch of due outbox messages, up to SEND_CONCURRENCY at a time. A message that fails
 * is retried later with a growing delay, for as long as it takes: never dropped. Throws only
 * when the database cannot be reached.
 */
export async function drainOutboxOnce(options: DrainOptions = {}): Promise<DrainResult> {
  const db = options.db ?? prisma;
  const transport = options.transport ?? configuredMailTransport();
  const claimedAt = Date.now();
  const rows = await claimDueMessages(
    db,
    new Date(claimedAt),
    options.batchSize ?? OUTBOX_BATCH_SIZE,
  );
  const result: DrainResult = { claimed: rows.length, sent: 0, failed: 0 };
  const sentIds: string[] = [];
  let next = 0;
  let leaseHalfUsed = false;

  // Each lane takes the next unstarted message until none is left or half the lease is used.
  async function lane(): Promise<void> {
    while (next < rows.length) {
      if (Date.now() - claimedAt > OUTBOX_LEASE_MS / 2) {
        leaseHalfUsed = true;
        return;
      }
      const row = rows[next++]!;
      try {
        await send(transport, row);
      } catch (error) {
        await markFailed(db, row, error);
        result.failed += 1;
        continue;
      }
      sentIds.push(row.id);
      result.sent += 1;
    }
  }

  try {
    // allSettled: a lane that throws (database gone while recording a failure) must not leave
    // the other lanes' accepted messages unmarked.
    const lanes = await Promise.allSettled(
      Array.from({ length: Math.min(SEND_CONCURRENCY, rows.length) }, lane),
    );
    const broken = lanes.find((outcome) => outcome.status === "rejected");
    if (broken) throw broken.reason;
  } finally {
    // Accepted by the mail server. If this update fails (database gone), the lease expires and
    // these messages are sent again: at least once, never lost.
    await markSent(db, sentIds);
  }
  if (leaseHalfUsed) {
    // A slow mail server ate half the lease: hand the unstarted rest back before another drain
    // may take them, so no message is sent twice.
    const rest = rows.slice(next).map((unsent) => unsent.id);
    await db.outboxMessage.updateMany({
      where: { id: { in: rest }, sentAt: null },
      data: { nextAttemptAt: new Date() },
    });
  }
  return result;
}
