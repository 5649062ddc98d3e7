import "server-only";
import { env } from "@/lib/env";
import { appTaskList } from "@/lib/jobs/app-task-list";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { jobQueuePool } from "@/lib/jobs/queue-pool";
import { DRAIN_BOUND_MS, onShutdown } from "@/lib/lifecycle/shutdown";

const WORKER_KEY = Symbol.for("vigil.jobWorker");
const registry = globalThis as { [WORKER_KEY]?: Promise<JobRunner | null> };

/** Pause before trying again when the queue cannot be started (database not reachable yet). */
const RETRY_START_MS = 10_000;

/**
 * Starts this server process's job worker (instrumentation.ts), unless `VIGIL_JOBS=off`: one per
 * process, every instance runs one, and the queue gives each job to one of them. Its stop is
 * registered with the server's shutdown (lib/lifecycle/shutdown.ts), so SIGTERM lets a running
 * job finish (bounded). A start that fails (the database is not reachable) is retried, and never
 * throws into the server.
 */
export function startJobWorker(): Promise<JobRunner | null> {
  const running = registry[WORKER_KEY];
  if (running) return running;
  if (env.VIGIL_JOBS === "off") {
    console.info("[jobs] The job worker is off in this process (VIGIL_JOBS=off).");
    return (registry[WORKER_KEY] = Promise.resolve(null));
  }
  let stopped = false;
  let current: JobRunner | null = null;
  onShutdown("job worker", async () => {
    stopped = true;
    await current?.stop();
  });
  const attempt = async (): Promise<JobRunner | null> => {
    for (;;) {
      if (stopped) return null;
      try {
        const pool = jobQueuePool();
        const runner = await startJobRunner({
          pool,
          taskList: appTaskList(pool),
          // Within the server's drain bound, with time left to fail what is still running as
          // "interrupted" (retried soon) rather than leave it locked for hours by exiting.
          stopGraceMs: DRAIN_BOUND_MS - 3_000,
        });
        // The server began shutting down while the queue was being installed.
        if (stopped) {
          await runner.stop();
          return null;
        }
        current = runner;
        console.info("[jobs] Job worker started.");
        // The library stops a runner by itself after an error it cannot recover from (its
        // pool failed to complete jobs, say): start a fresh one, unless the server is stopping.
        const restartIfUnexpected = () => {
          if (stopped || current !== runner) return;
          current = null;
          console.error("[jobs] The job worker stopped unexpectedly; starting it again in 10 s.");
          setTimeout(() => void attempt(), RETRY_START_MS).unref();
        };
        runner.runner.promise.then(restartIfUnexpected, restartIfUnexpected);
        return runner;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        console.error(`[jobs] The job worker could not start; retrying in 10 s: ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_START_MS).unref());
      }
    }
  };
  return (registry[WORKER_KEY] = attempt());
}
