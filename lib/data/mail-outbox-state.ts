import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { readOutboxState } from "@/lib/mail/delivery-state";

/** Waiting this long (the oldest message) counts as a backlog on /api/ready. */
const BACKLOG_AFTER_SECONDS = 10 * 60;

/** The outbox as the administrators' dashboard panel shows it; no addresses, no server text. */
export interface MailOutboxStateView {
  waiting: number;
  oldestWaitingSeconds: number | null;
  failuresLastHour: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastErrorKind: string | null;
  failingSince: string | null;
  alertSentAt: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The outbox's state for the dashboard home: administrators only (`view` on `mailOutbox`). */
export async function getMailOutboxState(
  actor: Actor,
  now = new Date(),
): Promise<MailOutboxStateView> {
  authorize(actor, "view", { type: "mailOutbox" });
  const state = await readOutboxState(prisma, now);
  return {
    waiting: state.waiting,
    oldestWaitingSeconds: state.oldestWaitingSeconds,
    failuresLastHour: state.failuresLastHour,
    lastSuccessAt: iso(state.lastSuccessAt),
    lastFailureAt: iso(state.lastFailureAt),
    lastErrorKind: state.lastErrorKind,
    failingSince: iso(state.failingSince),
    alertSentAt: iso(state.alertSentAt),
  };
}

/**
 * The outbox for the public readiness check (/api/ready): coarse on purpose. How much waits and
 * for how long, and one word for the state; the kind of failure, the times and the alert stay on
 * the administrators' dashboard.
 */
export interface MailReadiness {
  /** "failing": every attempt fails; "backlog": mail waits longer than 10 minutes; else "ok". */
  state: "ok" | "backlog" | "failing";
  waiting: number;
  oldestWaitingSeconds: number | null;
}

export async function getMailReadiness(now = new Date()): Promise<MailReadiness> {
  const state = await readOutboxState(prisma, now);
  return {
    state: state.failingSince
      ? "failing"
      : (state.oldestWaitingSeconds ?? 0) > BACKLOG_AFTER_SECONDS
        ? "backlog"
        : "ok",
    waiting: state.waiting,
    oldestWaitingSeconds: state.oldestWaitingSeconds,
  };
}
