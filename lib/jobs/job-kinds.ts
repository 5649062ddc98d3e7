import { z } from "zod";

/**
 * The jobs Vigil runs on its PostgreSQL job queue (graphile-worker): each kind's name and the
 * schema of its payload. A payload is validated again when the job runs (job-task-list.ts), so a
 * row written by an older version, or by hand, cannot reach a handler in a shape it does not
 * expect. Alerts and digests add their kinds here, with a handler in job-handlers.ts.
 *
 * No module here touches the database: the names and schemas can be imported anywhere.
 */

/** What graphile-worker adds to the payload of a job its crontab scheduled. */
const cronStamp = z
  .object({ ts: z.string(), backfilled: z.boolean().optional() })
  .optional()
  .describe("set by the scheduler: the period this run is for");

export const JOB_PAYLOAD_SCHEMAS = {
  /** The daily retention anonymisation (lib/signing/anonymise.ts). */
  "signatures.anonymise": z.object({ _cron: cronStamp }),
  /**
   * Closes the cluster-wide window of the letters lists' count refresh
   * (lib/signing/count-refresh.ts): while it is pending, no instance refreshes the lists again.
   */
  "letters.count-refresh-window": z.object({}),
  /** The daily open-data snapshot and the deletion of those past the newest 30 (lib/datasets). */
  "datasets.build": z.object({ _cron: cronStamp }),
  /** The daily retention of the change feed (lib/api/change-retention.ts). */
  "public-changes.prune": z.object({ _cron: cronStamp }),
  /**
   * E-mails the signers who asked to hear what happens to a letter about its deliveries and
   * published answers (lib/letter-answers/outcome-announcement.ts): for one letter when queued by
   * a publication or a delivery, for every letter when run by the schedule (a sweep).
   */
  "letters.announce-outcomes": z.object({
    letterId: z.string().max(64).optional(),
    _cron: cronStamp,
  }),
  /**
   * The daily retention of following (lib/follows/prune-unconfirmed.ts): unconfirmed follows after
   * 7 days, followers with no confirmed follow 7 days after they were made.
   */
  "follows.prune-unconfirmed": z.object({ _cron: cronStamp }),
  /**
   * Followers' alerts (lib/follows/alerts), every minute: turns public changes settled for the
   * delay into alerts, then queues their e-mails to instant followers and sponsors in batches.
   */
  "follows.alerts": z.object({ _cron: cronStamp }),
  /** Daily: reminders of hearings and verdicts a few days ahead; prunes processed facts. */
  "follows.court-reminders": z.object({ _cron: cronStamp }),
  /** Mondays: the weekly followers' digest of the week's alerts. */
  "follows.digest": z.object({ _cron: cronStamp }),
} as const;

export type JobKind = keyof typeof JOB_PAYLOAD_SCHEMAS;
export type JobPayload<Kind extends JobKind> = z.infer<(typeof JOB_PAYLOAD_SCHEMAS)[Kind]>;

export const JOB_KINDS = Object.keys(JOB_PAYLOAD_SCHEMAS) as JobKind[];

export function isJobKind(name: string): name is JobKind {
  return Object.hasOwn(JOB_PAYLOAD_SCHEMAS, name);
}
