import "server-only";
import type { TaskList } from "graphile-worker";
import type pg from "pg";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { JOB_KINDS, JOB_PAYLOAD_SCHEMAS, type JobKind } from "@/lib/jobs/job-kinds";
import { wrapJobHandler, type UntypedJobHandler } from "@/lib/jobs/job-task-list";

/** The app's jobs (job-kinds.ts, job-handlers.ts) as graphile-worker's task list. */
export function appTaskList(pool: pg.Pool): TaskList {
  return Object.fromEntries(
    JOB_KINDS.map((kind: JobKind) => [
      kind,
      wrapJobHandler(
        pool,
        kind,
        (payload) => JOB_PAYLOAD_SCHEMAS[kind].parse(payload ?? {}),
        JOB_HANDLERS[kind] as UntypedJobHandler,
      ),
    ]),
  );
}
