import type { Task } from "graphile-worker";
import type pg from "pg";
import { JobFailedError, jobErrorKindOf } from "@/lib/jobs/job-error-kind";
import type { JobContext } from "@/lib/jobs/job-handlers";
import { recordJobOutcome } from "@/lib/jobs/job-outcomes";

export type UntypedJobHandler = (payload: unknown, context: JobContext) => Promise<void>;

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0] ?? message;
}

/**
 * One graphile-worker task: validates the payload, runs the handler, and records the outcome
 * (job-outcomes.ts). A failure is logged here with its first line and rethrown as a
 * JobFailedError whose message is only its kind, so the queue's `last_error` never holds an
 * error's text (which may quote personal data); the queue then retries it with its backoff.
 */
export function wrapJobHandler(
  pool: pg.Pool,
  kind: string,
  parse: (payload: unknown) => unknown,
  handler: UntypedJobHandler,
): Task {
  return async (rawPayload, helpers) => {
    const attempt = helpers.job.attempts;
    try {
      let payload: unknown;
      try {
        payload = parse(rawPayload);
      } catch {
        throw new JobFailedError("invalidPayload");
      }
      await handler(payload, { signal: helpers.abortSignal, attempt });
    } catch (error) {
      const errorKind = jobErrorKindOf(error);
      console.error(
        `[jobs] ${kind} failed (attempt ${attempt} of ${helpers.job.max_attempts}, ${errorKind}): ${firstLine(error)}`,
      );
      await recordJobOutcome(pool, kind, { ok: false, errorKind }).catch(() => undefined);
      throw error instanceof JobFailedError ? error : new JobFailedError(errorKind);
    }
    // The job is done; a failure to record that must not make the queue run it again.
    await recordJobOutcome(pool, kind, { ok: true }).catch((error: unknown) =>
      console.warn(`[jobs] ${kind} succeeded; its outcome was not recorded: ${firstLine(error)}`),
    );
  };
}
