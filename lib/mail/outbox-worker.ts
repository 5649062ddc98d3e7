import { configuredMailTransport } from "@/lib/mail/configured-transport";
import { drainOutboxOnce, OUTBOX_BATCH_SIZE } from "@/lib/mail/outbox-drain";

export { drainOutboxOnce, retryDelayMs } from "@/lib/mail/outbox-drain";
export type { DrainOptions, DrainResult } from "@/lib/mail/outbox-drain";

const POLL_INTERVAL_MS = 1_000;

// On globalThis: Next.js may load this module more than once per process (dev reloads, separate
// bundles), and there must be a single poller per process.
const WORKER_KEY = Symbol.for("vigil.outboxWorker");
type WorkerHandle = { stop(): void };
const registry = globalThis as { [WORKER_KEY]?: WorkerHandle };

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0] ?? message;
}

/**
 * Polls the outbox about once a second and sends what is due. Ticks never overlap: the next is
 * scheduled when the previous has finished, at once when a full batch suggests more is waiting.
 * A failure (database down) is logged once per distinct reason and retried; it never throws
 * into the server. Calling it again in the same process does nothing.
 */
export function startOutboxWorker(): WorkerHandle {
  const running = registry[WORKER_KEY];
  if (running) return running;

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let problem: string | undefined;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    // The poller alone must not keep a process alive that is otherwise done.
    timer.unref();
  };

  async function tick() {
    let batchWasFull = false;
    try {
      const result = await drainOutboxOnce();
      batchWasFull = result.claimed === OUTBOX_BATCH_SIZE;
      if (problem) console.info("[mail] The outbox worker is sending again.");
      problem = undefined;
    } catch (error) {
      const reason = reasonOf(error);
      if (reason !== problem) {
        console.error(`[mail] The outbox worker could not drain the outbox; retrying: ${reason}`);
      }
      problem = reason;
    }
    schedule(batchWasFull ? 0 : POLL_INTERVAL_MS);
  }

  console.info(
    `[mail] Outbox worker started; mail goes to the ${configuredMailTransport().description}.`,
  );
  schedule(POLL_INTERVAL_MS);
  const handle: WorkerHandle = {
    stop() {
      stopped = true;
      clearTimeout(timer);
      delete registry[WORKER_KEY];
    },
  };
  registry[WORKER_KEY] = handle;
  return handle;
}
