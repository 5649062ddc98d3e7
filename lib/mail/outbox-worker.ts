import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  createAlertMailTransport,
  createConfiguredMailTransport,
} from "@/lib/mail/configured-transport";
import { raiseFailureAlertIfDue } from "@/lib/mail/failure-alert";
import type { MailTransport } from "@/lib/mail/mail-transport";
import {
  drainOutboxOnce,
  OUTBOX_BATCH_SIZE,
  OUTBOX_LEASE_MS,
  OUTBOX_SEND_TIMEOUT_MS,
  type DrainOptions,
} from "@/lib/mail/outbox-drain";
import { onShutdown } from "@/lib/lifecycle/shutdown";

export { drainOutboxOnce, retryDelayMs } from "@/lib/mail/outbox-drain";
export type { DrainOptions, DrainResult } from "@/lib/mail/outbox-drain";

const POLL_INTERVAL_MS = 1_000;
/** Longest pause between polls while the database cannot be reached. */
const LONGEST_OUTAGE_POLL_MS = 30_000;
/**
 * When the watchdog gives up on a tick. A healthy drain ends within half the lease (it starts no
 * send after that) plus one send timeout; a minute more covers a slow database.
 */
const TICK_TIMEOUT_MS = OUTBOX_LEASE_MS / 2 + OUTBOX_SEND_TIMEOUT_MS + 60_000;
/** How often the worker asks whether the failure alert is due (one conditional UPDATE). */
const ALERT_CHECK_INTERVAL_MS = 30_000;

// On globalThis: Next.js may load this module more than once per process (dev reloads, separate
// bundles), and there must be a single poller per process.
const WORKER_KEY = Symbol.for("vigil.outboxWorker");
export type OutboxWorker = {
  /**
   * Stops polling at once and starts no further send or alert check; resolves when the sends in
   * flight have ended and been recorded (each within its send timeout), then closes the
   * transports.
   */
  stop(): Promise<void>;
};
const registry = globalThis as { [WORKER_KEY]?: OutboxWorker };

export interface OutboxWorkerOptions extends Omit<
  DrainOptions,
  "transport" | "signal" | "unrecordedSent" | "unsentClaims"
> {
  /**
   * One transport for the worker's life (tests, the bench). Without it the worker makes its own
   * with `createTransport`, and the watchdog replaces it with a fresh one after a stuck tick.
   */
  transport?: MailTransport;
  /** Defaults to the configured transport (VIGIL_SMTP_URL, or the mail folder). */
  createTransport?: () => MailTransport;
  intervalMs?: number;
  /** After this long without a tick completing, the watchdog starts a fresh one. */
  tickTimeoutMs?: number;
  /** The failure alert (failure-alert.ts); tests shorten its periods. */
  alert?: {
    failingForMs?: number;
    checkEveryMs?: number;
    /** Defaults to VIGIL_ALERT_SMTP_URL's transport, if set. */
    directTransport?: MailTransport | null;
  };
}

/**
 * The failure alert's check (failure-alert.ts), run after each tick that drained, but at most
 * every `checkEveryMs`: each check is one conditional UPDATE.
 */
function failureAlertCheck(
  db: PrismaClient,
  alert: NonNullable<OutboxWorkerOptions["alert"]>,
  directTransport: MailTransport | null,
): () => Promise<void> {
  let lastCheck = 0;
  return async () => {
    const now = Date.now();
    if (now - lastCheck < (alert.checkEveryMs ?? ALERT_CHECK_INTERVAL_MS)) return;
    lastCheck = now;
    await raiseFailureAlertIfDue(db, { failingForMs: alert.failingForMs, directTransport });
  };
}

/**
 * Keeps a tick in `running` until it ends, for stop() to wait for: a tick the watchdog gave up on
 * may still be sending while its successor runs.
 */
function keepWhileRunning(running: Set<Promise<void>>, tick: Promise<void>): void {
  running.add(tick);
  void tick.finally(() => running.delete(tick));
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0] ?? message;
}

/**
 * Polls the outbox about once a second and sends what is due. Ticks never overlap: the next is
 * scheduled when the previous has finished, at once when a full batch suggests more is waiting.
 * A failure (database down) is logged once per distinct reason and retried, less often the
 * longer it lasts (up to every 30 s); it never throws into the server. While a worker runs,
 * starting another in the same process returns it.
 *
 * Nothing can hold it for good: every send has a timeout (outbox-drain.ts), and a watchdog gives
 * up on a tick that has not completed in time (a database or mail server that accepts a
 * connection and never answers): it logs once, aborts that tick (which starts no further send
 * and hands its unstarted messages back), replaces the transport with a fresh one and starts a
 * fresh tick. After ticks, at most every 30 s, it alerts the administrators when mail has been
 * failing for 15 minutes (failure-alert.ts).
 *
 * The options are for tests; the server uses the defaults.
 */
export function startOutboxWorker(options: OutboxWorkerOptions = {}): OutboxWorker {
  const running = registry[WORKER_KEY];
  if (running) return running;

  const {
    intervalMs = POLL_INTERVAL_MS,
    tickTimeoutMs = TICK_TIMEOUT_MS,
    createTransport = createConfiguredMailTransport,
    alert = {},
    transport: fixedTransport,
    ...drainOptions
  } = options;
  const db = drainOptions.db ?? prisma;
  const batchSize = drainOptions.batchSize ?? OUTBOX_BATCH_SIZE;
  const alertTransport =
    alert.directTransport === undefined ? createAlertMailTransport() : alert.directTransport;
  let transport = fixedTransport ?? createTransport();
  // Kept across ticks (outbox-drain.ts): accepted but "sent" not yet recorded; claimed, not
  // accepted, and not handed back after a database failure.
  const pending = { unrecordedSent: new Set<string>(), unsentClaims: new Map<string, Date>() };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  let problem: string | undefined;
  let failuresInARow = 0;
  let stalled = false;
  const maybeAlert = failureAlertCheck(db, alert, alertTransport);
  /** Increases with every tick; a tick the watchdog gave up on sees that it is no longer current. */
  let generation = 0;
  let abort: AbortController | undefined;
  const runningTicks = new Set<Promise<void>>();

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => keepWhileRunning(runningTicks, tick()), delay);
    // The poller alone must not keep a process alive that is otherwise done.
    timer.unref();
  };

  function giveUpOnTick(current: number) {
    if (stopped || current !== generation) return;
    if (!stalled) {
      console.error(
        `[mail] The outbox worker's tick has not completed in ${Math.round(tickTimeoutMs / 1000)} s (a mail server or database that does not answer); starting afresh with a new connection.`,
      );
    }
    stalled = true;
    abort?.abort();
    generation += 1;
    if (!fixedTransport) {
      transport.close?.();
      transport = createTransport();
    }
    schedule(0);
  }

  async function tick() {
    generation += 1;
    const current = generation;
    abort = new AbortController();
    watchdog = setTimeout(() => giveUpOnTick(current), tickTimeoutMs);
    watchdog.unref();
    let outcome: { batchWasFull: boolean } | { error: unknown };
    try {
      const result = await drainOutboxOnce({
        ...drainOptions,
        db,
        transport,
        ...pending,
        signal: abort.signal,
      });
      if (!stopped) await maybeAlert();
      outcome = { batchWasFull: result.claimed === batchSize };
    } catch (error) {
      outcome = { error };
    } finally {
      clearTimeout(watchdog);
    }
    // The watchdog gave up on this tick and has started another: this one reports nothing.
    if (current !== generation) return;

    if ("error" in outcome) {
      const reason = reasonOf(outcome.error);
      if (reason !== problem) {
        console.error(`[mail] The outbox worker could not drain the outbox; retrying: ${reason}`);
      }
      problem = reason;
      failuresInARow += 1;
      schedule(Math.min(LONGEST_OUTAGE_POLL_MS, intervalMs * 2 ** failuresInARow));
      return;
    }
    if (problem || stalled) console.info("[mail] The outbox worker is sending again.");
    problem = undefined;
    stalled = false;
    failuresInARow = 0;
    schedule(outcome.batchWasFull ? 0 : intervalMs);
  }

  console.info(`[mail] Outbox worker started; mail goes to the ${transport.description}.`);
  schedule(intervalMs);
  const worker: OutboxWorker = {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(watchdog);
      abort?.abort();
      if (registry[WORKER_KEY] === worker) delete registry[WORKER_KEY];
      unregisterShutdown();
      // A send already started may yet be accepted: let it end and be recorded as sent.
      await Promise.allSettled([...runningTicks]);
      if (!fixedTransport) transport.close?.();
      if (alert.directTransport === undefined) alertTransport?.close?.();
    },
  };
  registry[WORKER_KEY] = worker;
  // A stopping server (SIGTERM, scripts/serve.ts) waits for the sends in flight.
  const unregisterShutdown = onShutdown("mail outbox worker", () => worker.stop());
  return worker;
}
