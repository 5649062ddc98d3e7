import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import type { JobErrorKind } from "@/lib/jobs/job-error-kind";
import { readJobsState } from "@/lib/jobs/jobs-state";
import { jobQueuePool } from "@/lib/jobs/queue-pool";

/** One kind of job on the administrators' page: counts, times (ISO) and one-word error kinds. */
export interface JobKindStateView {
  kind: string;
  pending: number;
  running: number;
  failed: number;
  retrying: number;
  nextRunAt: string | null;
  schedule: string | null;
  lastScheduledAt: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastErrorKind: JobErrorKind | null;
}

export interface FailedJobView {
  id: string;
  kind: string;
  attempts: number;
  maxAttempts: number;
  errorKind: JobErrorKind | null;
  failedAt: string;
  willRetry: boolean;
}

export interface JobsStateView {
  installed: boolean;
  kinds: JobKindStateView[];
  failedJobs: FailedJobView[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The job queue's state for /dashboard/jobs: administrators only (`view` on `jobs`). */
export async function getJobsState(actor: Actor, now = new Date()): Promise<JobsStateView> {
  authorize(actor, "view", { type: "jobs" });
  const state = await readJobsState(jobQueuePool(), now);
  return {
    installed: state.installed,
    kinds: state.kinds.map((kind) => ({
      kind: kind.kind,
      pending: kind.pending,
      running: kind.running,
      failed: kind.failed,
      retrying: kind.retrying,
      nextRunAt: iso(kind.nextRunAt),
      schedule: kind.schedule,
      lastScheduledAt: iso(kind.lastScheduledAt),
      lastSuccessAt: iso(kind.lastSuccessAt),
      lastFailureAt: iso(kind.lastFailureAt),
      lastErrorKind: kind.lastErrorKind,
    })),
    failedJobs: state.failedJobs.map((job) => ({ ...job, failedAt: job.failedAt.toISOString() })),
  };
}
