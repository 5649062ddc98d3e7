import type pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";

/**
 * A pool for the job queue: graphile-worker takes a pg.Pool, and Prisma's adapter owns its pool
 * and does not lend it. Four connections: two running jobs' completions, the LISTEN connection
 * and one to spare (the schedule, the count-refresh window). An idle connection's error is logged
 * (createPgPool) and so is a checked-out one's, which graphile-worker asks for: an unhandled
 * 'error' event on a client would crash the process.
 */
export function createJobQueuePool(databaseUrl: string): pg.Pool {
  const pool = createPgPool(databaseUrl, { max: 4 });
  pool.on("connect", (client) => {
    client.on("error", (error) =>
      console.warn(`[jobs] PostgreSQL connection lost: ${error.message}`),
    );
  });
  return pool;
}

// On globalThis, as Next.js may load this module more than once per process.
const globalForPool = globalThis as unknown as { vigilJobQueuePool?: pg.Pool };

/** The process's job queue pool (the worker, the dashboard's read, the count-refresh window). */
export function jobQueuePool(): pg.Pool {
  return (globalForPool.vigilJobQueuePool ??= createJobQueuePool(requireDatabaseUrl()));
}
