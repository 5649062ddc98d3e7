import { sleep } from "./deadline";
import type { FaultMailServer } from "./fault-mail-server";
import { mailOutcome, type MailOutcome } from "./outcome";

/**
 * Waits, at most `timeoutMs`, until every stored signature's confirmation has arrived, then a
 * little longer so that a resend following at once is counted too. Resolves with the outcome
 * either way: mail still undelivered at the deadline is for the test to assert, after it has
 * recorded its figures.
 */
export async function waitForAllMail(
  mail: FaultMailServer,
  storedEmails: readonly string[],
  { timeoutMs, settleMs = 3_000 }: { timeoutMs: number; settleMs?: number },
): Promise<MailOutcome> {
  const deadline = Date.now() + timeoutMs;
  let outcome = mailOutcome(storedEmails, await mail.deliveries());
  while (outcome.undelivered.length > 0 && Date.now() < deadline) {
    await sleep(500);
    outcome = mailOutcome(storedEmails, await mail.deliveries());
  }
  if (outcome.undelivered.length > 0) return outcome;
  await sleep(settleMs);
  return mailOutcome(storedEmails, await mail.deliveries());
}
