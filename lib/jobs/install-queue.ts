import { runMigrations } from "graphile-worker";
import type pg from "pg";
import { installJobOutcomesTable } from "@/lib/jobs/job-outcomes";
import { jobsLogger } from "@/lib/jobs/jobs-logger";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/** pg_advisory_lock key of the queue's installation: "vigiljob" in ASCII. */
const INSTALL_LOCK_KEY = 0x7669_6769_6c6a_6f62n;

/**
 * Installs or upgrades the queue's schema (graphile-worker's migrations) and the outcomes table,
 * once however many instances start together.
 *
 * graphile-worker's own migrate takes no advisory lock (read in its dist/migrate.js): each
 * migration runs in a transaction that first inserts its number into `migrations`, so a second
 * instance blocks on that row, gets a unique violation and moves on; a clash while creating the
 * schema is retried once. That is race-safe by itself, but it makes the second instance log and
 * retry; a session advisory lock around the whole step makes the others simply wait and then find
 * nothing to do, as Vigil's own migrations do.
 */
export async function installJobQueue(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [INSTALL_LOCK_KEY.toString()]);
    try {
      await runMigrations({ pgPool: pool, schema: JOB_QUEUE_SCHEMA, logger: jobsLogger });
      await installJobOutcomesTable(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [INSTALL_LOCK_KEY.toString()]);
    }
  } finally {
    client.release();
  }
}
