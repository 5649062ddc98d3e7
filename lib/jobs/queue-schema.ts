/**
 * Where the job queue lives: graphile-worker's own schema in Vigil's database (its tables,
 * functions and migrations, which Prisma's migrations neither see nor touch), and beside it the
 * small schema of this folder's record of outcomes (job-outcomes.ts).
 */
export const JOB_QUEUE_SCHEMA = "graphile_worker";
export const JOB_OUTCOMES_SCHEMA = "vigil_jobs";
