import { describe, expect, it, inject } from "vitest";
import { SIGN_FORM_COOKIE } from "@/lib/signing/form-cookie";
import { sleep } from "./harness/deadline";
import { setUpFaultEnvironment } from "./harness/fault-environment";
import { appendReportRow } from "./harness/fault-report";
import { findPublishedPrisonerSlug } from "./harness/fault-queries";
import { healthStatus } from "./harness/health-probe";
import { postReportWithoutJs, readReportForm, type ReportAnswer } from "./harness/report-form";
import { countAnswers } from "./harness/outcome";
import {
  expectAcknowledgedSignaturesStoredOnce,
  expectEveryConfirmationDelivered,
} from "./harness/surge-expectations";
import { surgeReportRow, surgeThroughFault } from "./harness/surge-through-fault";

const WEB_PORT = 3450;
const OUTAGE_MS = 5_000;
/** Signing must work again this soon after the database is back. */
const RECOVERY_BOUND_MS = 15_000;
const MAIL_TIMEOUT_MS = 60_000;

const environment = setUpFaultEnvironment(WEB_PORT);

describe("PostgreSQL stopped (pg_ctl stop -m immediate) for 5 s in the middle of a signing surge", () => {
  it("loses no acknowledged signature, answers 503 with Retry-After while it is down, and recovers by itself", async () => {
    const { database, web } = environment();
    const pid = web.pid();
    let downFrom = 0;
    let downUntil = 0;
    let healthDuring = 0;
    let reportDuring: ReportAnswer | undefined;
    const reportMessage = "Fault suite: the date of arrest on this profile is one day early.";
    // Read (and cached) before the outage, as a visitor's open page would be.
    const reportForm = await readReportForm(
      web.baseUrl,
      await findPublishedPrisonerSlug(database.url),
    );

    const result = await surgeThroughFault(environment(), {
      label: "dbrestart",
      mailTimeoutMs: MAIL_TIMEOUT_MS,
      async fault() {
        await database.stopImmediately();
        downFrom = Date.now();
        await sleep(1_500);
        healthDuring = await healthStatus(web.baseUrl);
        reportDuring = await postReportWithoutJs(web.baseUrl, reportForm, reportMessage);
        await sleep(Math.max(0, downFrom + OUTAGE_MS - Date.now()));
        downUntil = Date.now();
        await database.start();
        return Date.now();
      },
    });

    // Submissions made entirely while the database was down.
    const duringOutage = result.attempts.filter(
      (attempt) => attempt.startedAt >= downFrom && attempt.endedAt <= downUntil,
    );
    const not503 = duringOutage.filter((attempt) => attempt.status !== 503 || !attempt.retryAfter);
    // The form's values travel back in the sign-form cookie, which the /sign page fills in from.
    const formLost = duringOutage.filter(
      (attempt) =>
        attempt.status === 503 &&
        !new RegExp(`^${SIGN_FORM_COOKIE}=[^;]+`).test(attempt.setCookie ?? ""),
    );
    const serverErrors = result.attempts.filter(
      (attempt) => attempt.status >= 500 && attempt.status !== 503,
    );
    const unanswered = result.attempts.filter((attempt) => attempt.status === 0);
    await appendReportRow(
      inject("faultsReportFile"),
      surgeReportRow("1. database stopped 5 s mid-surge", result, [
        `${duringOutage.length} POSTs while down, ${not503.length} not 503 + Retry-After`,
        formLost.length > 0 && `${formLost.length} 503s without the form's values`,
        serverErrors.length > 0 && `${serverErrors.length} other 5xx`,
        unanswered.length > 0 && `${unanswered.length} unanswered`,
        `health ${healthDuring} while down`,
      ]),
    );

    expect(result.signatures.acknowledged, "signatures acknowledged").toBeGreaterThan(0);
    expectAcknowledgedSignaturesStoredOnce(result);
    expect(duringOutage.length, "POSTs made while the database was down").toBeGreaterThan(0);
    expect(
      countAnswers(not503),
      "answers to POSTs while the database was down, other than 503 with Retry-After",
    ).toEqual({});
    expect(countAnswers(serverErrors), "5xx answers other than 503, during the whole run").toEqual(
      {},
    );
    expect(unanswered.length, "POSTs that got no answer").toBe(0);
    expect(healthDuring, "/api/health while the database is down").toBe(503);
    // A server action's form posted without JavaScript: the page comes back with what was typed.
    expect(reportDuring?.status, "inaccuracy report posted while the database is down").toBe(503);
    expect(reportDuring?.retryAfter, "its Retry-After").toMatch(/^\d+$/);
    expect(reportDuring?.body, "the page keeps the typed report").toContain(reportMessage);
    expect(result.healthAfter, "/api/health after the database is back").toBe(200);
    expect(web.pid(), "the same web server process throughout").toBe(pid);
    expect(
      result.firstAcknowledgedAfterMs,
      "ms from the database's return to the first acknowledged signature",
    ).toBeLessThan(RECOVERY_BOUND_MS);
    expectEveryConfirmationDelivered(result, {
      sentTwiceAtMost: 0,
      sentTwiceLabel: "confirmations sent twice after a clean database blip",
    });
  });
});
