import "server-only";
import type pg from "pg";
import { jobErrorKindFromStored, type JobErrorKind } from "@/lib/jobs/job-error-kind";
import { JOB_KINDS } from "@/lib/jobs/job-kinds";
import { JOB_SCHEDULES, parsedJobSchedules } from "@/lib/jobs/job-schedules";
import { JOB_OUTCOMES_SCHEMA, JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/** One kind of job as the administrators' page shows it: counts and times, never payloads. */
export interface JobKindState {
  kind: string;
  /** Waiting for their time or a worker (retries included). */
  pending: number;
  running: number;
  /** Out of attempts: they stay until an administrator looks (graphile-worker keeps them). */
  failed: number;
  /** Of the pending ones, how many have failed before and wait for their retry. */
  retrying: number;
  nextRunAt: Date | null;
  /** Scheduled kinds: the schedule in crontab terms (UTC) and the last period it ran for. */
  schedule: string | null;
  lastScheduledAt: Date | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastErrorKind: JobErrorKind | null;
  succeeded: number;
}

/** A job out of attempts (or failing now), newest first. */
export interface FailedJob {
  id: string;
  kind: string;
  attempts: number;
  maxAttempts: number;
  errorKind: JobErrorKind | null;
  /** When it failed last. */
  failedAt: Date;
  /** Whether it will be tried again. */
  willRetry: boolean;
}

export interface JobsState {
  /** False while no instance has installed the queue (every one runs with VIGIL_JOBS=off). */
  installed: boolean;
  kinds: JobKindState[];
  failedJobs: FailedJob[];
}

const FAILED_JOBS_SHOWN = 20;

interface CountRow {
  kind: string;
  pending: number;
  running: number;
  failed: number;
  retrying: number;
  next_run_at: Date | null;
}

async function queueInstalled(db: pg.Pool): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AS ok`,
    [`${JOB_QUEUE_SCHEMA}.jobs`, `${JOB_OUTCOMES_SCHEMA}.outcomes`],
  );
  return rows[0]?.ok === true;
}

/** The next minute (UTC) at which `kind`'s schedule matches, looking up to 8 days ahead. */
function nextScheduledRun(kind: string, now: Date): Date | null {
  const item = parsedJobSchedules().find((parsed) => parsed.identifier === kind);
  if (!item) return null;
  const at = new Date(now);
  at.setUTCSeconds(0, 0);
  for (let minute = 0; minute < 8 * 24 * 60; minute++) {
    at.setUTCMinutes(at.getUTCMinutes() + 1);
    const digest = {
      min: at.getUTCMinutes(),
      hour: at.getUTCHours(),
      date: at.getUTCDate(),
      month: at.getUTCMonth() + 1,
      dow: at.getUTCDay(),
    };
    if (item.match(digest)) return new Date(at);
  }
  return null;
}

/**
 * The queue's state by kind (the app's kinds, and any other found in the queue), from the
 * queue's `jobs` view, `known_crontabs` and the outcomes table: a few grouped reads, whatever
 * the number of jobs waiting.
 */
export async function readJobsState(db: pg.Pool, now = new Date()): Promise<JobsState> {
  if (!(await queueInstalled(db))) return { installed: false, kinds: [], failedJobs: [] };
  const [counts, crontabs, outcomes, failed] = await Promise.all([
    db.query<CountRow>(
      `SELECT task_identifier AS kind,
         count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts)::int AS pending,
         count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
         count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
         count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts)::int AS retrying,
         min(run_at) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS next_run_at
       FROM ${JOB_QUEUE_SCHEMA}.jobs GROUP BY task_identifier`,
    ),
    db.query<{ identifier: string; last_execution: Date | null }>(
      `SELECT identifier, last_execution FROM ${JOB_QUEUE_SCHEMA}._private_known_crontabs`,
    ),
    db.query<{
      kind: string;
      succeeded: number;
      last_success_at: Date | null;
      last_failure_at: Date | null;
      last_error_kind: string | null;
    }>(`SELECT * FROM ${JOB_OUTCOMES_SCHEMA}.outcomes`),
    db.query<{
      id: string;
      kind: string;
      attempts: number;
      max_attempts: number;
      last_error: string | null;
      updated_at: Date;
    }>(
      `SELECT id::text, task_identifier AS kind, attempts, max_attempts, last_error, updated_at
       FROM ${JOB_QUEUE_SCHEMA}.jobs
       WHERE attempts > 0 AND last_error IS NOT NULL AND locked_at IS NULL
       ORDER BY updated_at DESC LIMIT ${FAILED_JOBS_SHOWN}`,
    ),
  ]);
  const kinds = new Set<string>([...JOB_KINDS, ...counts.rows.map((row) => row.kind)]);
  for (const row of outcomes.rows) kinds.add(row.kind);
  return {
    installed: true,
    kinds: [...kinds].sort().map((kind) => {
      const count = counts.rows.find((row) => row.kind === kind);
      const outcome = outcomes.rows.find((row) => row.kind === kind);
      const schedule = JOB_SCHEDULES.find((item) => item.kind === kind);
      const queued = count?.next_run_at ?? null;
      const scheduled = schedule ? nextScheduledRun(kind, now) : null;
      const nextRunAt =
        queued && scheduled ? (queued < scheduled ? queued : scheduled) : (queued ?? scheduled);
      return {
        kind,
        pending: count?.pending ?? 0,
        running: count?.running ?? 0,
        failed: count?.failed ?? 0,
        retrying: count?.retrying ?? 0,
        nextRunAt,
        schedule: schedule?.match ?? null,
        lastScheduledAt:
          crontabs.rows.find((row) => row.identifier === kind)?.last_execution ?? null,
        lastSuccessAt: outcome?.last_success_at ?? null,
        lastFailureAt: outcome?.last_failure_at ?? null,
        lastErrorKind: jobErrorKindFromStored(outcome?.last_error_kind ?? null),
        succeeded: outcome?.succeeded ?? 0,
      };
    }),
    failedJobs: failed.rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
      errorKind: jobErrorKindFromStored(row.last_error),
      failedAt: row.updated_at,
      willRetry: row.attempts < row.max_attempts,
    })),
  };
}
