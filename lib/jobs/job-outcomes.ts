import type pg from "pg";
import { JOB_OUTCOMES_SCHEMA } from "@/lib/jobs/queue-schema";

/**
 * graphile-worker deletes a job once it succeeds, so the queue alone cannot say when a kind last
 * ran well. This table keeps, per kind, the last success, the last failure and its kind, and how
 * many runs succeeded: one upsert per finished job, written by the instance that ran it.
 */
export async function installJobOutcomesTable(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${JOB_OUTCOMES_SCHEMA}`);
  await client.query(`
    CREATE TABLE IF NOT EXISTS ${JOB_OUTCOMES_SCHEMA}.outcomes (
      kind text PRIMARY KEY,
      succeeded integer NOT NULL DEFAULT 0,
      last_success_at timestamptz,
      last_failure_at timestamptz,
      last_error_kind text
    )`);
}

export async function recordJobOutcome(
  pool: pg.Pool,
  kind: string,
  outcome: { ok: true } | { ok: false; errorKind: string },
): Promise<void> {
  if (outcome.ok) {
    await pool.query(
      `INSERT INTO ${JOB_OUTCOMES_SCHEMA}.outcomes AS o (kind, succeeded, last_success_at)
       VALUES ($1, 1, now())
       ON CONFLICT (kind) DO UPDATE SET succeeded = o.succeeded + 1, last_success_at = now()`,
      [kind],
    );
    return;
  }
  await pool.query(
    `INSERT INTO ${JOB_OUTCOMES_SCHEMA}.outcomes AS o (kind, last_failure_at, last_error_kind)
     VALUES ($1, now(), $2)
     ON CONFLICT (kind) DO UPDATE SET last_failure_at = now(), last_error_kind = $2`,
    [kind, outcome.errorKind],
  );
}
