import { describe, expect, it, inject } from "vitest";
import { setUpFaultEnvironment } from "./harness/fault-environment";
import { appendReportRow } from "./harness/fault-report";
import { countAnswers } from "./harness/outcome";
import {
  expectAcknowledgedSignaturesStoredOnce,
  expectEveryConfirmationDelivered,
} from "./harness/surge-expectations";
import { surgeReportRow, surgeThroughFault } from "./harness/surge-through-fault";

const WEB_PORT = 3451;
/** Start-up of a production server on this machine plus the first signature. */
const RECOVERY_BOUND_MS = 60_000;
/**
 * Messages the killed process had claimed are leased for two minutes (OUTBOX_LEASE_MS in
 * lib/mail/outbox-drain.ts) before the restarted worker may send them: the bound is the lease
 * plus time to send.
 */
const MAIL_TIMEOUT_MS = 2 * 60_000 + 30_000;
/** Sends in flight when the process died may be repeated: at most the SMTP pool's connections. */
const SENDS_IN_FLIGHT = 4;

const environment = setUpFaultEnvironment(WEB_PORT);

describe("the web server killed with SIGKILL in the middle of a signing surge and started again", () => {
  it("loses no acknowledged signature and delivers every confirmation, at most the in-flight ones twice", async () => {
    const { web } = environment();
    const pidBefore = web.pid();

    const result = await surgeThroughFault(environment(), {
      label: "webkill",
      mailTimeoutMs: MAIL_TIMEOUT_MS,
      async fault() {
        await web.kill();
        // The fault ends when the restart begins; recovery includes the server's start-up.
        const restartAt = Date.now();
        await web.start();
        return restartAt;
      },
    });

    const serverErrors = result.attempts.filter((attempt) => attempt.status >= 500);
    await appendReportRow(
      inject("faultsReportFile"),
      surgeReportRow("2. web server SIGKILLed mid-surge, restarted", result, [
        `${result.attempts.filter((attempt) => attempt.status === 0).length} POSTs cut off or refused`,
        serverErrors.length > 0 && `${serverErrors.length} 5xx`,
      ]),
    );

    expect(web.pid(), "a new web server process").not.toBe(pidBefore);
    expect(result.signatures.acknowledged, "signatures acknowledged").toBeGreaterThan(0);
    expectAcknowledgedSignaturesStoredOnce(result);
    expect(countAnswers(serverErrors), "5xx answers").toEqual({});
    expect(result.healthAfter, "/api/health after the restart").toBe(200);
    expect(
      result.firstAcknowledgedAfterMs,
      "ms from the restart to the first acknowledged signature",
    ).toBeLessThan(RECOVERY_BOUND_MS);
    expectEveryConfirmationDelivered(result, { sentTwiceAtMost: SENDS_IN_FLIGHT });
  });
});
