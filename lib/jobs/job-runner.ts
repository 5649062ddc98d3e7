import { EventEmitter } from "node:events";
import {
  run,
  type ParsedCronItem,
  type Runner,
  type TaskList,
  type WorkerEvents,
  type WorkerPool,
} from "graphile-worker";
import type pg from "pg";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { parsedJobSchedules } from "@/lib/jobs/job-schedules";
import { jobsLogger } from "@/lib/jobs/jobs-logger";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/** Jobs one process runs at once: the machine has two cores, and web requests come first. */
export const JOB_CONCURRENCY = 2;
/**
 * How long a stop waits for running jobs before it gives up on them. A job cut short fails
 * with "interrupted" and is retried (by another instance, or after the restart).
 */
export const JOB_STOP_GRACE_MS = 10_000;

export interface JobRunnerOptions {
  pool: pg.Pool;
  /** The jobs this runner runs: the app's (app-task-list.ts) in the server; tests add their own. */
  taskList: TaskList;
  /** The app's schedule (job-schedules.ts) by default. */
  schedules?: ParsedCronItem[];
  concurrency?: number;
  /** How often to look for jobs whose time has come (retries, delayed jobs); new ones arrive at once. */
  pollIntervalMs?: number;
  stopGraceMs?: number;
}

export interface JobRunner {
  /** Stops taking jobs, lets the running ones finish within the grace, then returns. */
  stop(): Promise<void>;
  /** The library's runner (tests read its events). */
  readonly runner: Runner;
}

/**
 * Starts a graphile-worker runner on `pool`: installs the queue first (install-queue.ts, once per
 * cluster), then runs jobs as they come (LISTEN/NOTIFY: a new job starts within milliseconds;
 * delayed ones are found by polling) and the schedule (job-schedules.ts).
 *
 * Signals are left to the server (lib/lifecycle/shutdown.ts runs `stop`): the library's own
 * SIGTERM handler would race the server's drain.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { pool, concurrency = JOB_CONCURRENCY, stopGraceMs = JOB_STOP_GRACE_MS } = options;
  await installJobQueue(pool);
  // The runner does not expose its worker pool, whose forceful shutdown a bounded stop needs:
  // the library announces it on its events.
  const events = new EventEmitter() as WorkerEvents;
  let workerPool: WorkerPool | undefined;
  events.on("pool:create", (event) => {
    workerPool = event.workerPool;
  });
  const runner = await run({
    events,
    pgPool: pool,
    schema: JOB_QUEUE_SCHEMA,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    logger: jobsLogger,
    taskList: options.taskList,
    parsedCronItems: options.schedules ?? parsedJobSchedules(),
    // The abort signal handed to running jobs fires when the grace runs out.
    gracefulShutdownAbortTimeout: stopGraceMs,
    // Completions and failures go through the library's batcher (0 ms: no added wait), which a
    // stop flushes before it resolves. Without it they are written unawaited, and a process that
    // exits right after its stop would leave a finished job locked, to be run again hours later.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });
  let stopping: Promise<void> | undefined;
  return {
    runner,
    stop() {
      stopping ??= stopWithin(runner, () => workerPool, stopGraceMs);
      return stopping;
    },
  };
}

/**
 * A graceful stop (no new jobs; running ones finish), bounded: past the grace the running jobs
 * are failed (the library's forceful shutdown: their `last_error` names the shutdown, shown as
 * "interrupted") and retried later, so a stuck job cannot hold a shutdown for ever, and none is
 * left locked by a process that exits.
 */
async function stopWithin(
  runner: Runner,
  workerPool: () => WorkerPool | undefined,
  graceMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = runner.stop().then(() => "stopped" as const);
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), graceMs);
  });
  const outcome = await Promise.race([graceful, late]);
  clearTimeout(timer);
  if (outcome === "late") {
    console.error(
      `[jobs] Jobs still running ${(graceMs / 1000).toFixed(1)} s after the stop; failing them (they will be retried).`,
    );
    await workerPool()?.forcefulShutdown("Forced worker shutdown: the server is stopping");
    await graceful.catch(() => undefined);
  }
}
