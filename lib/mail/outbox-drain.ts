import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { configuredMailTransport } from "@/lib/mail/configured-transport";
import { isMailKind, MAIL_PAYLOAD_SCHEMAS, type MailContent } from "@/lib/mail/mail-kinds";
import { recordDrainOutcome } from "@/lib/mail/delivery-state";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { outboxMessageId } from "@/lib/mail/message-id";
import { renderMail } from "@/lib/mail/render-mail";
import { sendErrorKind, type SendErrorKind } from "@/lib/mail/send-error-kind";
import { withinSendTimeout } from "@/lib/mail/send-timeout";
import { SMTP_POOL_CONNECTIONS } from "@/lib/mail/smtp-transport";

/**
 * How many messages one drain claims. The worker claims again at once when a batch was full, so
 * a surge is sent batch after batch; a batch this size keeps the claim cheap beside the sending,
 * and is still sent well within half the lease at the rates a mail server accepts.
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
 * starts no send after half the lease, and a started send ends within the send timeout, so
 * before the lease does.
 */
export const OUTBOX_LEASE_MS = 2 * 60_000;
/**
 * Longest wait for one send, from rendering to the server's "250": nodemailer's own timeouts
 * (10 s to connect or be greeted, 30 s of silence) do not bound a server that answers slowly.
 */
export const OUTBOX_SEND_TIMEOUT_MS = 60_000;
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
  const locale = knownLocaleOr(row.locale);
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
  leaseUntil: Date,
): Promise<ClaimedRow[]> {
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
  /** Longest wait for one send (default 60 s); a send that takes longer counts as failed. */
  sendTimeoutMs?: number;
  /** How long a claim holds (default OUTBOX_LEASE_MS); tests shorten it. */
  leaseMs?: number;
  /**
   * Messages the mail server accepted whose "sent" could not be recorded (the database was
   * unreachable at that moment). The worker keeps one set across drains: a drain records these
   * first, and sends nothing until it has, so a database blip does not let their lease expire
   * into a second copy. Without it, a set for this drain only.
   */
  unrecordedSent?: Set<string>;
  /**
   * Claimed messages known not to have been accepted (never started, or refused) whose lease
   * could not be handed back because the database failed mid-drain. Kept across drains like
   * `unrecordedSent`: the next drain hands them back first, so a database blip of seconds delays
   * them by a tick, not by the rest of the lease (minutes). Each with the end of its lease: a row
   * is handed back only while it is still under that lease, never once another drain holds it.
   */
  unsentClaims?: Map<string, Date>;
  /** Aborted by the worker's watchdog: no further send starts and the unstarted rows go back. */
  signal?: AbortSignal;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  failed: number;
}

/**
 * Records messages as accepted by the mail server. Called for each message the moment the server
 * accepts it: marking a whole batch at its end meant that a crash or a database blip mid-batch
 * re-sent every message accepted before it (42–64 duplicates per fault in the fault tests).
 */
async function markSent(db: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const sentAt = new Date();
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, sentAt: null },
    // nextAttemptAt back from the lease to the moment of sending, for readable rows.
    data: { sentAt, nextAttemptAt: sentAt, lastError: null },
  });
}

/**
 * Records a failed attempt and when to try again. `sentAt: null` in the condition: a send the
 * watchdog gave up on may fail long after another drain has sent the message.
 */
async function markFailed(db: PrismaClient, row: ClaimedRow, error: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const lastError = describeSendError(error);
  const delay = retryDelayMs(attempts);
  const now = new Date();
  await db.outboxMessage.updateMany({
    where: { id: row.id, sentAt: null },
    data: {
      attempts,
      lastError,
      lastFailedAt: now,
      nextAttemptAt: new Date(now.getTime() + delay),
    },
  });
  console.warn(
    `[mail] Outbox message ${row.id} (${row.kind}) not sent, attempt ${attempts}: ${lastError}. Next try in ${Math.round(delay / 1000)} s.`,
  );
}

async function send(transport: MailTransport, row: ClaimedRow): Promise<void> {
  const content = contentOf(row);
  const rendered = await renderMail(content);
  await transport.send({
    ...rendered,
    kind: content.kind,
    to: row.to,
    messageId: outboxMessageId(row.id),
  });
}

/** Records the ids held in memory since a database blip; they leave the set only once recorded. */
async function recordUnrecordedSent(db: PrismaClient, unrecorded: Set<string>): Promise<void> {
  if (unrecorded.size === 0) return;
  const ids = [...unrecorded];
  await markSent(db, ids);
  for (const id of ids) unrecorded.delete(id);
  console.info(`[mail] Recorded ${ids.length} message(s) sent while the database was unreachable.`);
}

/** Hands back the claims an earlier drain could not (see `unsentClaims`): due again now. */
async function handBackUnsentClaims(db: PrismaClient, unsent: Map<string, Date>): Promise<void> {
  // One statement per lease: a drain's claims share theirs, so usually one in all.
  const byLease = new Map<number, string[]>();
  for (const [id, leaseUntil] of unsent) {
    byLease.set(leaseUntil.getTime(), [...(byLease.get(leaseUntil.getTime()) ?? []), id]);
  }
  for (const [leaseUntil, ids] of byLease) {
    await db.outboxMessage.updateMany({
      where: { id: { in: ids }, sentAt: null, nextAttemptAt: new Date(leaseUntil) },
      data: { nextAttemptAt: new Date() },
    });
    for (const id of ids) unsent.delete(id);
  }
}

/**
 * Sends one batch of due outbox messages, up to SEND_CONCURRENCY at a time, recording each as
 * sent as soon as the mail server accepts it. A message that fails (refused, unreachable, no
 * answer within the send timeout) is retried later with a growing delay, for as long as it
 * takes: never dropped. Throws only when the database cannot be reached; then no further send
 * starts, and accepted messages it could not record stay in `unrecordedSent` for the next drain.
 */
export async function drainOutboxOnce(options: DrainOptions = {}): Promise<DrainResult> {
  const db = options.db ?? prisma;
  const transport = options.transport ?? configuredMailTransport();
  const sendTimeoutMs = options.sendTimeoutMs ?? OUTBOX_SEND_TIMEOUT_MS;
  const leaseMs = options.leaseMs ?? OUTBOX_LEASE_MS;
  const unrecorded = options.unrecordedSent ?? new Set<string>();
  const unsentClaims = options.unsentClaims ?? new Map<string, Date>();
  const { signal } = options;

  // Before anything else is sent: what was accepted but not recorded in an earlier drain, and
  // what an earlier drain claimed but neither sent nor could hand back.
  await recordUnrecordedSent(db, unrecorded);
  await handBackUnsentClaims(db, unsentClaims);

  const claimedAt = Date.now();
  const leaseUntil = new Date(claimedAt + leaseMs);
  const rows = await claimDueMessages(
    db,
    new Date(claimedAt),
    options.batchSize ?? OUTBOX_BATCH_SIZE,
    leaseUntil,
  );
  const result: DrainResult = { claimed: rows.length, sent: 0, failed: 0 };
  let lastErrorKind: SendErrorKind | undefined;
  let next = 0;
  let stoppedEarly = false;
  /** The database failed while recording an outcome: stop sending, report it. */
  let databaseError: { error: unknown } | undefined;

  // Each lane takes the next unstarted message until none is left, half the lease is used, the
  // watchdog aborts the drain or the database fails.
  async function lane(): Promise<void> {
    while (next < rows.length) {
      if (databaseError || signal?.aborted || Date.now() - claimedAt > leaseMs / 2) {
        stoppedEarly = true;
        return;
      }
      const row = rows[next++]!;
      try {
        await withinSendTimeout(send(transport, row), sendTimeoutMs);
      } catch (error) {
        result.failed += 1;
        lastErrorKind = sendErrorKind(error);
        try {
          await markFailed(db, row, error);
        } catch (recordError) {
          // Not recorded: the row keeps its lease until a later drain hands it back (it was not
          // accepted, so sending it again sends no second copy). Nothing is lost.
          unsentClaims.set(row.id, leaseUntil);
          databaseError ??= { error: recordError };
        }
        continue;
      }
      result.sent += 1;
      try {
        await markSent(db, [row.id]);
      } catch (recordError) {
        unrecorded.add(row.id);
        databaseError ??= { error: recordError };
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, rows.length) }, lane));

  if (databaseError) {
    // The unstarted rows keep their lease (handing them back needs the database too) until the
    // next drain hands them back: never lost, and never sent twice.
    for (const unsent of rows.slice(next)) unsentClaims.set(unsent.id, leaseUntil);
    throw databaseError.error;
  }
  if (stoppedEarly) {
    // A slow mail server ate half the lease, or the watchdog gave up on this drain: hand the
    // unstarted rest back at once rather than at the end of the lease. Never a started one, which
    // may yet be accepted.
    const rest = rows.slice(next).map((unsent) => unsent.id);
    await db.outboxMessage.updateMany({
      where: { id: { in: rest }, sentAt: null },
      data: { nextAttemptAt: new Date() },
    });
  }
  await recordDrainOutcome(db, { ...result, lastErrorKind });
  return result;
}
