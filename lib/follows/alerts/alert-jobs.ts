import "server-only";
import { env } from "@/lib/env";
import { remindCourtDates } from "./court-reminders";
import { detectAlerts, pruneProcessedFacts } from "./detect-alerts";
import { fanOutPendingAlerts } from "./fan-out";
import { sendWeeklyDigests } from "./weekly-digest";

/** What the scheduled jobs run (lib/jobs/job-handlers.ts); each is safe to run twice. */

/** Every minute: settled changes → alerts → instant followers' and sponsors' e-mails. */
export async function runFollowAlerts(signal?: AbortSignal): Promise<void> {
  const detected = await detectAlerts({
    delaySeconds: env.VIGIL_FOLLOW_ALERT_DELAY_SECONDS,
    signal,
  });
  const fanned = await fanOutPendingAlerts({ signal });
  if (detected.alerts > 0 || fanned.queued > 0) {
    console.info(
      `[jobs] Follow alerts: ${detected.alerts} new from ${detected.items} changed items; ` +
        `${fanned.queued} e-mails queued for ${fanned.alerts} alerts.`,
    );
  }
}

/** Daily: hearing and verdict reminders, then old processed facts and alerts are deleted. */
export async function runCourtReminders(signal?: AbortSignal): Promise<void> {
  const result = await remindCourtDates({ signal });
  const pruned = await pruneProcessedFacts();
  if (result.alerts > 0 || pruned > 0) {
    console.info(
      `[jobs] Court reminders: ${result.alerts} alerts; ${pruned} old facts rows and alerts pruned.`,
    );
  }
  // The reminders' e-mails go out with the next minute's fan-out.
}

/** Mondays: the weekly digest. */
export async function runWeeklyDigest(signal?: AbortSignal): Promise<void> {
  const result = await sendWeeklyDigests({ signal });
  if (result.queued > 0) {
    console.info(`[jobs] Weekly digest of ${result.weekOf}: ${result.queued} e-mails queued.`);
  }
}
