import type { Task } from "graphile-worker";
import type pg from "pg";
import { JobFailedError, jobErrorKindOf } from "@/lib/jobs/job-error-kind";
import type { JobContext } from "@/lib/jobs/job-handlers";
import { recordJobOutcome } from "@/lib/jobs/job-outcomes";

export type UntypedJobHandler = (payload: unknown, context: JobContext) => Promise<void>;

/** An identifier-like word: a class name or an error code, never free text. */
const WORD = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * What failed, for the log, without the error's message: a message may quote a signer's address
 * or a row's values (an SMTP refusal, a Prisma or PostgreSQL error). Its class name and its code
 * (Prisma's P2002, Node.js's ECONNREFUSED, PostgreSQL's 23505) are enough to start looking.
 */
export function describeJobError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const name = [error.name, error.constructor.name].find((word) => WORD.test(word)) ?? "Error";
  const code = (error as { code?: unknown }).code;
  const codeWord = typeof code === "number" ? String(code) : code;
  return typeof codeWord === "string" && /^[A-Za-z0-9_]{1,32}$/.test(codeWord)
    ? `${name} ${codeWord}`
    : name;
}

/**
 * One graphile-worker task: validates the payload, runs the handler, and records the outcome
 * (job-outcomes.ts). A failure is logged here with the job's kind, the attempt, and the error's
 * class and code (describeJobError), and rethrown as a JobFailedError whose message is only its
 * kind, so neither the log nor the queue's `last_error` holds an error's text (which may quote
 * personal data); the queue then retries it with its backoff.
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
        `[jobs] ${kind} failed (attempt ${attempt} of ${helpers.job.max_attempts}, ${errorKind}): ${describeJobError(error)}`,
      );
      await recordJobOutcome(pool, kind, { ok: false, errorKind }).catch(() => undefined);
      throw error instanceof JobFailedError ? error : new JobFailedError(errorKind);
    }
    // The job is done; a failure to record that must not make the queue run it again.
    await recordJobOutcome(pool, kind, { ok: true }).catch((error: unknown) =>
      console.warn(
        `[jobs] ${kind} succeeded; its outcome was not recorded: ${describeJobError(error)}`,
      ),
    );
  };
}
