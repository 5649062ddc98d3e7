import { expect } from "vitest";
import { countWithExamples } from "./outcome";
import type { SurgeThroughFault } from "./surge-through-fault";

/**
 * What every surge scenario asserts, whatever the fault: the promises made to signers. Called
 * after the scenario has recorded its figures, so a failure still leaves its row in the report.
 */

/** Every acknowledged signature was stored, and none twice. */
export function expectAcknowledgedSignaturesStoredOnce(result: SurgeThroughFault): void {
  expect(countWithExamples(result.signatures.lost), "acknowledged but not stored").toBe("none");
  expect(countWithExamples(result.signatures.duplicated), "stored more than once").toBe("none");
}

/**
 * Every stored signature's confirmation arrived within the scenario's wait, and at most
 * `sentTwiceAtMost` were sent twice (the sends in flight when the fault struck).
 */
export function expectEveryConfirmationDelivered(
  result: SurgeThroughFault,
  options: { sentTwiceAtMost: number; undeliveredLabel?: string; sentTwiceLabel?: string },
): void {
  expect(
    countWithExamples(result.mail.undelivered),
    options.undeliveredLabel ?? "stored signatures whose confirmation never arrived",
  ).toBe("none");
  expect(
    result.mail.sentTwice,
    options.sentTwiceLabel ?? "confirmations sent twice",
  ).toBeLessThanOrEqual(options.sentTwiceAtMost);
}
