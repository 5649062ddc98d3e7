import "server-only";
import type pg from "pg";
import type { JobKind } from "@/lib/jobs/job-kinds";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/** pg_advisory_xact_lock key of window claims: "vigilwin" in ASCII. */
const WINDOW_LOCK_KEY = 0x7669_6769_6c77_696en;

export interface JobWindow {
  /** True for the one caller in the cluster that opened the window. */
  opened: boolean;
  /** When the window closes (the pending job's run time). */
  until: Date;
}

/**
 * A cluster-wide "at most once per period": opens a window of `periodMs` unless one is open.
 * The window is a job of `kind` with the job key `key`, due when the window closes; the worker
 * that runs it closes it. A window whose job is overdue (no worker ran it: every instance has
 * `VIGIL_JOBS=off`) counts as closed, so nothing depends on a worker running.
 *
 * One transaction on one connection, serialised by an advisory lock so that two instances
 * asking at the same moment cannot both open it.
 */
export async function openJobWindow(
  pool: pg.Pool,
  kind: JobKind,
  key: string,
  periodMs: number,
): Promise<JobWindow> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [WINDOW_LOCK_KEY.toString()]);
      const open = await client.query<{ run_at: Date }>(
        `SELECT run_at FROM ${JOB_QUEUE_SCHEMA}.jobs
         WHERE key = $1 AND run_at > now() AND attempts = 0`,
        [key],
      );
      if (open.rows[0]) {
        await client.query("COMMIT");
        return { opened: false, until: open.rows[0].run_at };
      }
      const added = await client.query<{ run_at: Date }>(
        `SELECT j.run_at FROM ${JOB_QUEUE_SCHEMA}.add_job($1, '{}'::json,
           run_at => now() + make_interval(secs => $2::double precision / 1000),
           max_attempts => 1, job_key => $3, job_key_mode => 'replace') AS j`,
        [kind, periodMs, key],
      );
      await client.query("COMMIT");
      return { opened: true, until: added.rows[0]!.run_at };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
