/**
 * Background work that a stopping server must let finish: the mail outbox worker's sends in
 * flight, the job runner's running jobs. Each registers how to stop it with `onShutdown`; on
 * SIGTERM scripts/serve.ts calls `runShutdownHooks` once the web server has stopped accepting
 * requests, all hooks at once, bounded by a deadline past which the process exits anyway.
 *
 * On globalThis: the workers are started from Next.js's bundle (instrumentation.ts), which holds
 * its own copy of this module; the web server's copy must see their hooks.
 */
export type ShutdownHook = () => Promise<void>;

/**
 * How long a stopping server gives the requests in flight and the background work, together,
 * once its port is closed (after VIGIL_DRAIN_SECONDS); past it they are cut and logged. A
 * supervisor should wait that long plus the grace and a few seconds before SIGKILL.
 */
export const DRAIN_BOUND_MS = 10_000;

const HOOKS_KEY = Symbol.for("vigil.shutdown-hooks");
const scope = globalThis as unknown as { [HOOKS_KEY]?: Map<string, ShutdownHook> };
const hooks = (scope[HOOKS_KEY] ??= new Map());

/**
 * Registers `stop` under `name` (a second registration under one name replaces the first: a
 * worker started again after a reload). `stop` should stop taking new work and resolve once the
 * work in hand is done. Returns a function that unregisters it (for a worker stopped otherwise).
 */
export function onShutdown(name: string, stop: ShutdownHook): () => void {
  hooks.set(name, stop);
  return () => {
    if (hooks.get(name) === stop) hooks.delete(name);
  };
}

export interface ShutdownOutcome {
  /** Names of the hooks that had not finished by the deadline. */
  unfinished: string[];
  /** Names of the hooks that failed, with the reason. */
  failed: { name: string; reason: string }[];
}

/** Runs every registered hook at once; resolves when all are done or at `deadline` (epoch ms). */
export async function runShutdownHooks(deadline: number): Promise<ShutdownOutcome> {
  const pending = new Set(hooks.keys());
  const failed: ShutdownOutcome["failed"] = [];
  const all = Promise.all(
    [...hooks].map(async ([name, stop]) => {
      try {
        await stop();
      } catch (error) {
        failed.push({ name, reason: error instanceof Error ? error.message : String(error) });
      } finally {
        pending.delete(name);
        hooks.delete(name);
      }
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([all, late]);
  clearTimeout(timer);
  return { unfinished: [...pending], failed };
}
