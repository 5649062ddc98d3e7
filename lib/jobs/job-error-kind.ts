import { databaseOutage } from "@/lib/postgres/unavailable";

/**
 * What went wrong with a job, in one word. The queue stores only this (as the failed attempt's
 * error message), and the dashboard shows only this: an error's own text may quote a signer's
 * address or a row's values, which must not end up in a table every administrator can read.
 */
export const JOB_ERROR_KINDS = [
  "invalidPayload",
  "databaseUnavailable",
  "interrupted",
  "other",
] as const;
export type JobErrorKind = (typeof JOB_ERROR_KINDS)[number];

/** The error a job fails with: its message is the kind and nothing else. */
export class JobFailedError extends Error {
  constructor(readonly kind: JobErrorKind) {
    super(kind);
    this.name = "JobFailedError";
  }
}

export function jobErrorKindOf(error: unknown): JobErrorKind {
  if (error instanceof JobFailedError) return error.kind;
  if (databaseOutage(error)) return "databaseUnavailable";
  if (error instanceof Error && error.name === "AbortError") return "interrupted";
  return "other";
}

/**
 * The kind recorded in the queue's `last_error`: ours are one word; anything else (the
 * library's own message when a shutdown cut a job short) is shown as "interrupted" or "other",
 * never as its text.
 */
export function jobErrorKindFromStored(lastError: string | null): JobErrorKind | null {
  if (lastError === null) return null;
  const word = lastError.trim();
  if ((JOB_ERROR_KINDS as readonly string[]).includes(word)) return word as JobErrorKind;
  return /shut ?down|terminated/i.test(word) ? "interrupted" : "other";
}
