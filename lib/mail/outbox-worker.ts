import { configuredMailTransport } from "@/lib/mail/configured-transport";
import { drainOutboxOnce, OUTBOX_BATCH_SIZE, type DrainOptions } from "@/lib/mail/outbox-drain";

export { drainOutboxOnce, retryDelayMs } from "@/lib/mail/outbox-drain";
export type { DrainOptions, DrainResult } from "@/lib/mail/outbox-drain";

const POLL_INTERVAL_MS = 1_000;
/** Longest pause between polls while the database cannot be reached. */
const LONGEST_OUTAGE_POLL_MS = 30_000;

// On globalThis: Next.js may load this module more than once per process (dev reloads, separate
// bundles), and there must be a single poller per process.
const WORKER_KEY = Symbol.for("vigil.outboxWorker");
export type OutboxWorker = { stop(): void };
const registry = globalThis as { [WORKER_KEY]?: OutboxWorker };

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0] ?? message;
}

/**
 * Polls the outbox about once a second and sends what is due. Ticks never overlap: the next is
 * scheduled when the previous has finished, at once when a full batch suggests more is waiting.
 * A failure (database down) is logged once per distinct reason and retried, less often the
 * longer it lasts (up to every 30 s); it never throws into the server. While a worker runs, starting another in the same process returns it.
 * The options are for tests; the server uses the defaults.
 */
export function startOutboxWorker(
  options: DrainOptions & { intervalMs?: number } = {},
): OutboxWorker {
  const running = registry[WORKER_KEY];
  if (running) return running;

  const { intervalMs = POLL_INTERVAL_MS, ...drainOptions } = options;
  const batchSize = drainOptions.batchSize ?? OUTBOX_BATCH_SIZE;
  const transport = drainOptions.transport ?? configuredMailTransport();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let problem: string | undefined;
  let failuresInARow = 0;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    // The poller alone must not keep a process alive that is otherwise done.
    timer.unref();
  };

  async function tick() {
    let batchWasFull = false;
    let delay = intervalMs;
    try {
      const result = await drainOutboxOnce({ ...drainOptions, transport });
      batchWasFull = result.claimed === batchSize;
      if (problem) console.info("[mail] The outbox worker is sending again.");
      problem = undefined;
      failuresInARow = 0;
    } catch (error) {
      const reason = reasonOf(error);
      if (reason !== problem) {
        console.error(`[mail] The outbox worker could not drain the outbox; retrying: ${reason}`);
      }
      problem = reason;
      failuresInARow += 1;
      delay = Math.min(LONGEST_OUTAGE_POLL_MS, intervalMs * 2 ** failuresInARow);
    }
    schedule(batchWasFull ? 0 : delay);
  }

  console.info(`[mail] Outbox worker started; mail goes to the ${transport.description}.`);
  schedule(intervalMs);
  const worker: OutboxWorker = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (registry[WORKER_KEY] === worker) delete registry[WORKER_KEY];
    },
  };
  registry[WORKER_KEY] = worker;
  return worker;
}
