import { randomBytes } from "node:crypto";
import { sleep, waitFor } from "./deadline";
import type { FaultEnvironment } from "./fault-environment";
import { storedSignatureCopies } from "./fault-queries";
import type { FaultReportRow } from "./fault-report";
import { healthStatus } from "./health-probe";
import { signatureOutcome, type MailOutcome, type SignatureOutcome } from "./outcome";
import { firstAcknowledgedSince, startSurge, type SignAttempt, type Surge } from "./surge";
import { waitForAllMail } from "./wait-for-mail";

/** How long the surge runs before the fault, and after the first acknowledgement that follows it. */
const STEADY_MS = 3_000;
const AFTER_RECOVERY_MS = 2_000;
const FIRST_ACKNOWLEDGED_TIMEOUT_MS = 60_000;
const HEALTHY_AGAIN_TIMEOUT_MS = 30_000;

export interface SurgeThroughFault {
  attempts: SignAttempt[];
  signatures: SignatureOutcome;
  /** Addresses of this surge stored as signatures. */
  storedEmails: string[];
  mail: MailOutcome;
  /** When the fault ended (epoch ms), as the scenario's fault function said. */
  faultEnd: number;
  /** From the fault's end to the first acknowledged submission started after it. */
  firstAcknowledgedAfterMs: number | undefined;
  /** From the fault's end to the last confirmation's arrival, when all arrived. */
  allMailAfterMs: number | undefined;
  /** /api/health's status once the surge is over (after waiting for 200). */
  healthAfter: number;
}

/**
 * Runs a signing surge against the environment's server, lets it settle, calls `fault` (which
 * breaks something, repairs it and resolves with the moment it was repaired; it may stop the
 * surge itself), keeps signing until a submission is acknowledged again, then collects what was
 * stored and waits, at most `mailTimeoutMs`, for every confirmation e-mail.
 */
export async function surgeThroughFault(
  environment: FaultEnvironment,
  options: {
    label: string;
    fault: (surge: Surge) => Promise<number>;
    mailTimeoutMs: number;
    /** False when the fault function stops the surge: nothing is signed after the fault then. */
    signsAfterFault?: boolean;
  },
): Promise<SurgeThroughFault> {
  const { database, mail, web, petition } = environment;
  const marker = `${options.label}${randomBytes(3).toString("hex")}`;
  const surge = startSurge({
    baseUrl: web.baseUrl,
    slug: petition.slug,
    letterVersionId: petition.versionId,
    marker,
  });
  let faultEnd = Date.now();
  let attempts: SignAttempt[] = [];
  try {
    await sleep(STEADY_MS);
    faultEnd = await options.fault(surge);
    if (options.signsAfterFault !== false) {
      // Not thrown here: a surge that never recovers is asserted on the figures, once recorded.
      const recovered = await waitFor(
        "a signature acknowledged after the fault ended",
        () => firstAcknowledgedSince(surge.attempts, faultEnd),
        { timeoutMs: FIRST_ACKNOWLEDGED_TIMEOUT_MS },
      ).then(
        () => true,
        () => false,
      );
      if (recovered) await sleep(AFTER_RECOVERY_MS);
    }
  } finally {
    attempts = await surge.stop();
  }

  const healthAfter = await waitFor(
    "/api/health to answer 200 after the fault",
    async () => ((await healthStatus(web.baseUrl)) === 200 ? 200 : undefined),
    { timeoutMs: HEALTHY_AGAIN_TIMEOUT_MS },
  ).catch(() => healthStatus(web.baseUrl));

  const stored = await storedSignatureCopies(database.url, marker);
  const storedEmails = [...stored.keys()];
  const mailResult = await waitForAllMail(mail, storedEmails, { timeoutMs: options.mailTimeoutMs });
  const firstAcknowledged = firstAcknowledgedSince(attempts, faultEnd);
  return {
    attempts,
    signatures: signatureOutcome(attempts, stored),
    storedEmails,
    mail: mailResult,
    faultEnd,
    firstAcknowledgedAfterMs: firstAcknowledged && firstAcknowledged.endedAt - faultEnd,
    allMailAfterMs:
      mailResult.undelivered.length === 0 && mailResult.lastArrivalAt !== undefined
        ? Math.max(0, mailResult.lastArrivalAt - faultEnd)
        : undefined,
    healthAfter,
  };
}

const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 100) / 10);

/** The report line of a surge scenario; `notes` add what the figures do not say. */
export function surgeReportRow(
  scenario: string,
  result: SurgeThroughFault,
  notes: (string | false)[],
): FaultReportRow {
  return {
    scenario,
    acknowledged: result.signatures.acknowledged,
    stored: result.signatures.stored,
    lost: result.signatures.lost.length,
    duplicated: result.signatures.duplicated.length,
    mailsSentTwice: result.mail.sentTwice,
    firstAcknowledgedAfterS: seconds(result.firstAcknowledgedAfterMs),
    allMailDeliveredAfterS: seconds(result.allMailAfterMs),
    note: [
      ...notes,
      result.mail.undelivered.length > 0 && `${result.mail.undelivered.length} mails undelivered`,
      result.mail.repeatedMessageIds > 0 &&
        `${result.mail.repeatedMessageIds} Message-IDs received twice`,
      result.healthAfter !== 200 && `health ${result.healthAfter} after`,
    ]
      .filter(Boolean)
      .join("; "),
  };
}
