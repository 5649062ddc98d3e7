import "server-only";
import { env } from "@/lib/env";
import type { JobKind, JobPayload } from "@/lib/jobs/job-kinds";
import { anonymiseExpiredSignatures } from "@/lib/signing/anonymise";

export interface JobContext {
  /** Aborted when a shutdown's grace runs out: a long job should stop at its next step. */
  signal: AbortSignal;
  /** Which attempt this is (1 for the first run). */
  attempt: number;
}

export type JobHandler<Kind extends JobKind> = (
  payload: JobPayload<Kind>,
  context: JobContext,
) => Promise<void>;

/**
 * What each kind of job does. A handler must be safe to run again (a job is retried after a
 * failure, and a worker killed mid-job leaves it to be run again after its lock expires).
 */
export const JOB_HANDLERS: { [Kind in JobKind]: JobHandler<Kind> } = {
  "signatures.anonymise": async () => {
    const result = await anonymiseExpiredSignatures({
      retentionDays: env.VIGIL_SIGNATURE_RETENTION_DAYS,
    });
    if (result.signatures > 0) {
      console.info(
        `[jobs] Anonymised ${result.signatures} signatures of ${result.letters} letters ` +
          `(closed or delivered more than ${env.VIGIL_SIGNATURE_RETENTION_DAYS} days ago).`,
      );
    }
  },
  // The job is the window itself (lib/signing/count-refresh.ts): running it closes the window.
  "letters.count-refresh-window": async () => undefined,
};
