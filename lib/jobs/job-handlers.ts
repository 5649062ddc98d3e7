import "server-only";
import { env } from "@/lib/env";
import type { JobKind, JobPayload } from "@/lib/jobs/job-kinds";
import { prunePublicChanges } from "@/lib/api/change-retention";
import { buildDataset } from "@/lib/datasets/build-dataset";
import { anonymiseExpiredSignatures } from "@/lib/signing/anonymise";
import { announceLetterOutcomes } from "@/lib/letter-answers/outcome-announcement";
import {
  runFollowAlerts,
  runCourtReminders,
  runWeeklyDigest,
} from "@/lib/follows/alerts/alert-jobs";
import { pruneUnconfirmedFollows } from "@/lib/follows/prune-unconfirmed";

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
  // Of the day the job runs (a backfilled run still snapshots what is published now).
  "datasets.build": async () => {
    const result = await buildDataset();
    if (result.outcome === "built" || result.removed.length > 0) {
      console.info(
        `[jobs] Dataset of ${result.date}: ${result.outcome}` +
          (result.removed.length ? `; removed ${result.removed.join(", ")}.` : "."),
      );
    }
  },
  "public-changes.prune": async () => {
    const deleted = await prunePublicChanges();
    if (deleted > 0) console.info(`[jobs] Pruned ${deleted} change feed entries.`);
  },
  "follows.prune-unconfirmed": async () => {
    const result = await pruneUnconfirmedFollows();
    if (result.follows > 0 || result.followers > 0) {
      console.info(
        `[jobs] Deleted ${result.follows} unconfirmed follows and ${result.followers} followers ` +
          "with no confirmed follow (retention).",
      );
    }
  },
  "letters.announce-outcomes": async (payload, context) => {
    const result = await announceLetterOutcomes({
      delayMs: env.VIGIL_LETTER_OUTCOME_DELAY_SECONDS * 1000,
      letterId: payload.letterId,
      signal: context.signal,
    });
    if (result.queued > 0) {
      console.info(
        `[jobs] Queued ${result.queued} letter outcome e-mails (${result.announcements} announcements).`,
      );
    }
  },
  "follows.alerts": (_payload, context) => runFollowAlerts(context.signal),
  "follows.court-reminders": (_payload, context) => runCourtReminders(context.signal),
  "follows.digest": (_payload, context) => runWeeklyDigest(context.signal),
};
