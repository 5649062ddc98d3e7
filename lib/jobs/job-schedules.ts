import { parseCronItems, type CronItem } from "graphile-worker";
import type { JobKind } from "@/lib/jobs/job-kinds";

const HOUR_MS = 3_600_000;

/**
 * The scheduled jobs, in crontab terms (minute hour day month weekday, in UTC). Every instance
 * runs the same schedule, and each period runs once for the whole cluster: graphile-worker
 * records each item's last scheduled period in `known_crontabs` with a conditional upsert in the
 * statement that adds the job, so only the first instance to reach a period adds it.
 *
 * `backfillPeriod`: when no instance was running at the scheduled minute (a deploy at 03:17, an
 * outage), an instance that starts within this period runs the missed period once. Retention is
 * a promise to signers, so a missed day must not wait for the next one.
 */
export interface JobSchedule {
  kind: JobKind;
  /** Five crontab fields, in UTC. */
  match: string;
  backfillPeriodMs: number;
  maxAttempts: number;
}

export const JOB_SCHEDULES: readonly JobSchedule[] = [
  {
    kind: "signatures.anonymise",
    match: "17 3 * * *",
    backfillPeriodMs: 24 * HOUR_MS,
    // Backoff is e^attempt seconds: 10 attempts span about 3.4 hours.
    maxAttempts: 10,
  },
  {
    // The open-data snapshot of the day (lib/datasets), after the night's anonymisation.
    kind: "datasets.build",
    match: "41 4 * * *",
    backfillPeriodMs: 24 * HOUR_MS,
    // About 2.5 minutes of backoff over 5 attempts; tomorrow's run tries afresh.
    maxAttempts: 5,
  },
  {
    // The change feed keeps entries 90 days (lib/api/change-retention.ts).
    kind: "public-changes.prune",
    match: "43 3 * * *",
    backfillPeriodMs: 24 * HOUR_MS,
    maxAttempts: 5,
  },
  {
    // Following's retention (lib/follows/prune-unconfirmed.ts): a promise to followers, so a
    // missed day runs when an instance starts within 24 h.
    kind: "follows.prune-unconfirmed",
    match: "51 3 * * *",
    backfillPeriodMs: 24 * HOUR_MS,
    maxAttempts: 5,
  },
  {
    // The sweep behind the job a publication or delivery queues: it announces what that job
    // could not (queue unreachable at the time) and finishes announcements a crash cut short.
    kind: "letters.announce-outcomes",
    match: "*/5 * * * *",
    backfillPeriodMs: 0,
    maxAttempts: 5,
  },
  {
    // Followers' alerts (lib/follows/alerts): a missed minute is caught by the next one.
    kind: "follows.alerts",
    match: "* * * * *",
    backfillPeriodMs: 0,
    maxAttempts: 3,
  },
  {
    kind: "follows.court-reminders",
    match: "7 6 * * *",
    backfillPeriodMs: 24 * HOUR_MS,
    maxAttempts: 5,
  },
  {
    // Monday 07:00 UTC; a deploy at that minute still sends the week's digest that day.
    kind: "follows.digest",
    match: "0 7 * * 1",
    backfillPeriodMs: 24 * HOUR_MS,
    maxAttempts: 5,
  },
];

export function cronItemsOf(schedules: readonly JobSchedule[]): CronItem[] {
  return schedules.map((schedule) => ({
    task: schedule.kind,
    identifier: schedule.kind,
    match: schedule.match,
    options: {
      backfillPeriod: schedule.backfillPeriodMs,
      maxAttempts: schedule.maxAttempts,
      // A run still waiting (or retrying) when the next period comes is replaced, not doubled.
      jobKey: `schedule:${schedule.kind}`,
    },
  }));
}

export function parsedJobSchedules(schedules: readonly JobSchedule[] = JOB_SCHEDULES) {
  return parseCronItems(cronItemsOf(schedules));
}
