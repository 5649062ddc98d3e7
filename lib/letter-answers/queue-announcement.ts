import "server-only";
import { env } from "@/lib/env";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { jobQueuePool } from "@/lib/jobs/queue-pool";

/**
 * After a delivery is recorded or an answer published: queues the letter's announcement job,
 * due when the delay has passed. One job per letter (its key): publishing again within the delay
 * moves it later instead of adding another, so the signers get one e-mail for both.
 *
 * Called after the save has committed. When the queue cannot be reached the save still stands
 * and nothing is lost: the scheduled sweep (every 5 minutes) finds what is not yet announced.
 */
export async function queueOutcomeAnnouncement(letterId: string): Promise<void> {
  try {
    await jobQueuePool().query(
      `SELECT ${JOB_QUEUE_SCHEMA}.add_job('letters.announce-outcomes',
         json_build_object('letterId', $1::text),
         run_at => now() + make_interval(secs => $2::double precision),
         max_attempts => 10, job_key => $3, job_key_mode => 'replace')`,
      [
        letterId,
        env.VIGIL_LETTER_OUTCOME_DELAY_SECONDS + 1,
        `letters.announce-outcomes:${letterId}`,
      ],
    );
  } catch (error) {
    const kind = error instanceof Error ? error.name : "unknown";
    console.warn(`[letters] Outcome announcement not queued (${kind}); the sweep will send it.`);
  }
}
