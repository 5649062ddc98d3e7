import type { Delivery } from "./fault-mail-server";
import type { SignAttempt } from "./surge";

/** The confirmation e-mail a stored signature causes (lib/mail/mail-kinds.ts). */
const CONFIRMATION_KIND = "signature.confirm";

export interface SignatureOutcome {
  acknowledged: number;
  /** Distinct addresses of this surge stored as signatures. */
  stored: number;
  /** Acknowledged but not stored. */
  lost: string[];
  /** Stored more than once. */
  duplicated: string[];
  /** Not acknowledged but stored more than once (a retried or cut-off submission). */
  unacknowledgedDuplicated: string[];
}

export function signatureOutcome(
  attempts: readonly SignAttempt[],
  storedCopies: ReadonlyMap<string, number>,
): SignatureOutcome {
  const acknowledged = new Set(
    attempts.filter((attempt) => attempt.acknowledged).map((attempt) => attempt.email),
  );
  const duplicated = [...storedCopies].filter(([, copies]) => copies > 1).map(([email]) => email);
  return {
    acknowledged: acknowledged.size,
    stored: storedCopies.size,
    lost: [...acknowledged].filter((email) => !storedCopies.has(email)),
    duplicated,
    unacknowledgedDuplicated: duplicated.filter((email) => !acknowledged.has(email)),
  };
}

export interface MailOutcome {
  /** Stored signatures whose confirmation has not arrived. */
  undelivered: string[];
  /** Confirmations received beyond the first, per stored signature, summed. */
  sentTwice: number;
  /** Message-IDs received more than once (a resend of the same outbox row keeps its Message-ID). */
  repeatedMessageIds: number;
  /** When the last confirmation for these signatures arrived (epoch ms), if any did. */
  lastArrivalAt: number | undefined;
}

export function mailOutcome(
  storedEmails: Iterable<string>,
  deliveries: readonly Delivery[],
): MailOutcome {
  const wanted = new Set(storedEmails);
  const copies = new Map<string, number>();
  const messageIds = new Map<string, number>();
  let lastArrivalAt: number | undefined;
  for (const delivery of deliveries) {
    if (delivery.kind !== CONFIRMATION_KIND || !wanted.has(delivery.to)) continue;
    copies.set(delivery.to, (copies.get(delivery.to) ?? 0) + 1);
    if (delivery.messageId) {
      messageIds.set(delivery.messageId, (messageIds.get(delivery.messageId) ?? 0) + 1);
    }
    lastArrivalAt = Math.max(lastArrivalAt ?? 0, delivery.arrivedAt);
  }
  return {
    undelivered: [...wanted].filter((email) => !copies.has(email)),
    sentTwice: [...copies.values()].reduce((sum, count) => sum + count - 1, 0),
    repeatedMessageIds: [...messageIds.values()].filter((count) => count > 1).length,
    lastArrivalAt,
  };
}

/** Answers counted by status and Retry-After ("500", "503 + Retry-After", "no answer"), for messages. */
export function countAnswers(attempts: readonly SignAttempt[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const attempt of attempts) {
    const key =
      attempt.status === 0
        ? "no answer"
        : `${attempt.status}${attempt.retryAfter ? " + Retry-After" : ""}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** A count with a few examples, so that a failure says how many and which without a long list. */
export function countWithExamples(items: readonly string[]): string {
  return items.length === 0 ? "none" : `${items.length} (e.g. ${items.slice(0, 3).join(", ")})`;
}
