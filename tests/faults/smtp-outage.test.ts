import { describe, expect, it, inject } from "vitest";
import { sleep } from "./harness/deadline";
import { setUpFaultEnvironment } from "./harness/fault-environment";
import { appendReportRow } from "./harness/fault-report";
import { healthStatus } from "./harness/health-probe";
import {
  expectAcknowledgedSignaturesStoredOnce,
  expectEveryConfirmationDelivered,
} from "./harness/surge-expectations";
import { surgeReportRow, surgeThroughFault } from "./harness/surge-through-fault";

const WEB_PORT = 3452;
const OUTAGE_MS = 30_000;
/** Signing goes on while the mail server is down, for this long. */
const SIGNING_DURING_OUTAGE_MS = 8_000;
/**
 * After a 30 s outage the outbox's backoff (5, 10, 20, 40 s …) has every waiting message tried
 * again within about 40 s of the mail server's return; the bound adds time to send them.
 */
const MAIL_TIMEOUT_MS = 75_000;
const SENDS_IN_FLIGHT = 4;

const environment = setUpFaultEnvironment(WEB_PORT);

describe("the SMTP server down for 30 s with mail waiting, then back", () => {
  it("delivers all the waiting mail from the running server, restarting nothing", async () => {
    const { mail, web } = environment();
    const pid = web.pid();
    let healthDuring = 0;
    let acknowledgedWhileDown = 0;

    const result = await surgeThroughFault(environment(), {
      label: "smtpdown",
      mailTimeoutMs: MAIL_TIMEOUT_MS,
      signsAfterFault: false,
      async fault(surge) {
        await mail.stop();
        const downFrom = Date.now();
        await sleep(SIGNING_DURING_OUTAGE_MS);
        const attempts = await surge.stop();
        acknowledgedWhileDown = attempts.filter(
          (attempt) => attempt.acknowledged && attempt.startedAt >= downFrom,
        ).length;
        healthDuring = await healthStatus(web.baseUrl);
        await sleep(Math.max(0, downFrom + OUTAGE_MS - Date.now()));
        await mail.start();
        return Date.now();
      },
    });

    await appendReportRow(
      inject("faultsReportFile"),
      surgeReportRow("3. SMTP server down 30 s, mail waiting", result, [
        `${acknowledgedWhileDown} signed while mail was down`,
      ]),
    );

    expect(acknowledgedWhileDown, "signatures acknowledged while mail was down").toBeGreaterThan(0);
    expectAcknowledgedSignaturesStoredOnce(result);
    expect(healthDuring, "/api/health while only mail is down").toBe(200);
    expect(web.pid(), "the same web server process throughout").toBe(pid);
    expectEveryConfirmationDelivered(result, {
      sentTwiceAtMost: SENDS_IN_FLIGHT,
      undeliveredLabel: `stored signatures whose confirmation had not arrived ${MAIL_TIMEOUT_MS / 1000} s after the mail server came back`,
    });
  });
});
