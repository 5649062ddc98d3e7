import { parseCronItems, type Task } from "graphile-worker";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getJobsState } from "@/lib/data/jobs-state";
import { requireDatabaseUrl } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { wrapJobHandler } from "@/lib/jobs/job-task-list";
import { openJobWindow } from "@/lib/jobs/job-window";
import { createJobQueuePool } from "@/lib/jobs/queue-pool";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { onShutdown, runShutdownHooks } from "@/lib/lifecycle/shutdown";
import { createStaffUser } from "../fixtures/staff-users";

/**
 * The job queue (lib/jobs) on the real PostgreSQL of the run, with two runners on two pools, as
 * two instances would run it: schedules run once per period for the cluster, failures are
 * retried with backoff and shown to administrators only, and a stop lets a running job finish.
 */

// Two "instances": each its own pool, as each server process has.
let poolA: pg.Pool;
let poolB: pg.Pool;
const runners: JobRunner[] = [];

beforeAll(async () => {
  poolA = createJobQueuePool(requireDatabaseUrl());
  poolB = createJobQueuePool(requireDatabaseUrl());
  await installJobQueue(poolA);
});

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

afterAll(async () => {
  await Promise.all([poolA.end(), poolB.end()]);
});

async function start(pool: pg.Pool, options: Omit<Parameters<typeof startJobRunner>[0], "pool">) {
  const runner = await startJobRunner({ pollIntervalMs: 200, schedules: [], ...options, pool });
  runners.push(runner);
  return runner;
}

function task(pool: pg.Pool, kind: string, run: (payload: unknown) => Promise<void>): Task {
  return wrapJobHandler(pool, kind, (payload) => payload, run);
}

async function addJob(kind: string, options: { maxAttempts?: number } = {}): Promise<string> {
  const { rows } = await poolA.query<{ id: string }>(
    `SELECT (${JOB_QUEUE_SCHEMA}.add_job($1, '{}'::json, max_attempts => $2)).id::text AS id`,
    [kind, options.maxAttempts ?? 25],
  );
  return rows[0]!.id;
}

async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const MINUTE = 60_000;

describe("the job queue with two instances", () => {
  it("runs each period of a schedule once for the cluster, missed periods included", async () => {
    // The schedule was last run six whole minutes ago and no instance ran since: each of the five
    // minutes after it is due now (the backfill), and both instances start at the same moment.
    const identifier = `test.tick.${Date.now()}`;
    const lastRun = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - 5 * MINUTE);
    await poolA.query(
      `INSERT INTO ${JOB_QUEUE_SCHEMA}._private_known_crontabs (identifier, known_since, last_execution)
       VALUES ($1, $2, $2)`,
      [identifier, lastRun],
    );
    const runs: string[] = [];
    const schedules = () =>
      parseCronItems([
        {
          task: identifier,
          identifier,
          match: "* * * * *",
          options: { backfillPeriod: 10 * MINUTE },
        },
      ]);
    const tick = (pool: pg.Pool) =>
      task(pool, identifier, async (payload) => {
        runs.push((payload as { _cron: { ts: string } })._cron.ts);
      });
    await Promise.all([
      start(poolA, { taskList: { [identifier]: tick(poolA) }, schedules: schedules() }),
      start(poolB, { taskList: { [identifier]: tick(poolB) }, schedules: schedules() }),
    ]);

    const expected = [1, 2, 3, 4, 5].map((n) =>
      new Date(lastRun.getTime() + n * MINUTE).toISOString(),
    );
    await waitFor(async () => (expected.every((ts) => runs.includes(ts)) ? true : undefined));
    // Give a second scheduling of any period time to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const backfilled = runs.filter((ts) => ts <= expected.at(-1)!).sort();
    expect(backfilled).toEqual(expected);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it("retries a failing job with exponential backoff, then shows it failed to administrators only", async () => {
    const kind = `test.always-fails.${Date.now()}`;
    const failing = (pool: pg.Pool) =>
      task(pool, kind, async () => {
        // Text that must never reach the queue's table or the page.
        throw new Error("could not mail signer-private@example.org");
      });
    await Promise.all([
      start(poolA, { taskList: { [kind]: failing(poolA) } }),
      start(poolB, { taskList: { [kind]: failing(poolB) } }),
    ]);
    const id = await addJob(kind, { maxAttempts: 2 });

    // The first attempt has failed once the job is unlocked again (attempts counts from the lock).
    const first = await waitFor(async () => {
      const { rows } = await poolA.query<{ attempts: number; run_at: Date; updated_at: Date }>(
        `SELECT attempts, run_at, updated_at FROM ${JOB_QUEUE_SCHEMA}.jobs
         WHERE id = $1 AND locked_at IS NULL`,
        [id],
      );
      return (rows[0]?.attempts ?? 0) >= 1 ? rows[0] : undefined;
    });
    expect(first.attempts).toBe(1);
    // graphile-worker's backoff: e^attempts seconds after the failure (2.7 s after the first).
    const delay = (first.run_at.getTime() - first.updated_at.getTime()) / 1000;
    expect(delay).toBeGreaterThan(2.5);
    expect(delay).toBeLessThan(3.2);

    const final = await waitFor(async () => {
      const { rows } = await poolA.query<{ attempts: number; last_error: string }>(
        `SELECT attempts, last_error FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE id = $1`,
        [id],
      );
      return rows[0]?.attempts === 2 ? rows[0] : undefined;
    });
    expect(final.last_error).toBe("other");

    const admin = await createStaffUser("ADMIN", { email: `jobs-admin-${Date.now()}@vigil.test` });
    const state = await getJobsState(admin);
    const row = state.kinds.find((entry) => entry.kind === kind);
    expect(row).toMatchObject({ pending: 0, running: 0, failed: 1, lastErrorKind: "other" });
    expect(row?.lastFailureAt).not.toBeNull();
    expect(state.failedJobs.find((job) => job.id === id)).toMatchObject({
      kind,
      attempts: 2,
      maxAttempts: 2,
      errorKind: "other",
      willRetry: false,
    });
    expect(JSON.stringify(state)).not.toContain("signer-private");

    for (const role of ["EDITOR", "CONTRIBUTOR"] as const) {
      const actor = await createStaffUser(role, {
        email: `jobs-${role.toLowerCase()}-${Date.now()}@vigil.test`,
      });
      await expect(getJobsState(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("lets a running job finish when the server shuts down", async () => {
    const kind = `test.slow.${Date.now()}`;
    let started = false;
    let finished = false;
    const slow = task(poolA, kind, async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      finished = true;
    });
    const runner = await start(poolA, { taskList: { [kind]: slow } });
    const id = await addJob(kind);
    await waitFor(async () => (started ? true : undefined));

    // What SIGTERM does in the server: scripts/serve.ts runs the shutdown hooks, bounded.
    onShutdown("job worker (test)", () => runner.stop());
    const outcome = await runShutdownHooks(Date.now() + 15_000);

    expect(outcome).toEqual({ unfinished: [], failed: [] });
    expect(finished).toBe(true);
    const { rows } = await poolA.query(`SELECT * FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE id = $1`, [
      id,
    ]);
    // Completed jobs leave the queue; a job cut short would still be there, failed.
    expect(rows).toHaveLength(0);
  });

  it("fails a job that outlives the stop's grace as interrupted, unlocked, to be retried", async () => {
    const kind = `test.stuck.${Date.now()}`;
    let started = false;
    const stuck = task(poolA, kind, async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    });
    const runner = await start(poolA, { taskList: { [kind]: stuck }, stopGraceMs: 500 });
    const id = await addJob(kind);
    await waitFor(async () => (started ? true : undefined));

    const stopping = Date.now();
    await runner.stop();
    expect(Date.now() - stopping).toBeLessThan(3_000);

    const { rows } = await poolA.query<{ attempts: number; locked_at: Date | null }>(
      `SELECT attempts, locked_at FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE id = $1`,
      [id],
    );
    expect(rows[0]).toMatchObject({ attempts: 1, locked_at: null });
    const admin = await createStaffUser("ADMIN", { email: `jobs-stuck-${Date.now()}@vigil.test` });
    const state = await getJobsState(admin);
    expect(state.failedJobs.find((job) => job.id === id)).toMatchObject({
      errorKind: "interrupted",
      willRetry: true,
    });
  });

  it("opens a count-refresh window once for the cluster, then again after it closes", async () => {
    const key = `test.window.${Date.now()}`;
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        openJobWindow(n % 2 ? poolA : poolB, "letters.count-refresh-window", key, 1_000),
      ),
    );
    expect(claims.filter((claim) => claim.opened)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    // No worker ran the window's job (none runs here): an overdue window counts as closed.
    const again = await openJobWindow(poolB, "letters.count-refresh-window", key, 1_000);
    expect(again.opened).toBe(true);
    await poolA.query(`DELETE FROM ${JOB_QUEUE_SCHEMA}._private_jobs WHERE key = $1`, [key]);
  });
});
