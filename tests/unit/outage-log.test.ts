import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decideConsoleCall } from "@/lib/logging/console-filter";
import {
  isDatabaseOutageOngoing,
  onDatabaseOutage,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
} from "@/lib/logging/outage-log";
import { runWithRequestId } from "@/lib/logging/request-id";

/** What Prisma with the pg adapter throws while PostgreSQL is stopped (its cause: the driver's). */
function connectionRefused(): Error {
  return new Error("Invalid `prisma.prisoner.findMany()` invocation: ", {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    }),
  });
}

let lines: string[];

beforeEach(() => {
  lines = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(String(chunk).trimEnd());
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  vi.useFakeTimers({ now: new Date("2026-12-05T19:20:00.000Z"), toFake: ["Date"] });
});

afterEach(() => {
  reportDatabaseAvailable();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the outage log", () => {
  it("writes one line when the database becomes unreachable and one when it is back, with counts", () => {
    for (let request = 0; request < 460; request++) {
      runWithRequestId(`request-${request}`, () => reportDatabaseUnavailable(connectionRefused()));
    }
    vi.setSystemTime(new Date("2026-12-05T19:20:05.200Z"));
    reportDatabaseAvailable();

    expect(lines).toEqual([
      expect.stringMatching(
        /database unreachable since 2026-12-05T19:20:00\.000Z: ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:5432/,
      ),
      expect.stringContaining("database reachable again after 5.2 s; 460 requests failed"),
    ]);
  });

  it("names the cause when Prisma's printed line is the first report", () => {
    reportDatabaseUnavailable(
      "prisma:error \nInvalid `prisma.user.findUnique()` invocation:\n\n\nConnection terminated unexpectedly",
    );

    expect(lines[0]).toMatch(/database unreachable since .*: Connection terminated unexpectedly/);
  });

  it("counts a request once however many times its failure is reported", () => {
    runWithRequestId("one-request", () => {
      const error = connectionRefused();
      reportDatabaseUnavailable(error);
      reportDatabaseUnavailable(error);
      reportDatabaseUnavailable(connectionRefused());
    });
    reportDatabaseAvailable();

    expect(lines.at(-1)).toContain("1 request failed");
  });

  it("says nothing about a recovery when there was no outage", () => {
    reportDatabaseAvailable();
    reportDatabaseAvailable();

    expect(lines).toEqual([]);
    expect(isDatabaseOutageOngoing()).toBe(false);
  });

  it("tells listeners when an outage starts and ends", () => {
    const events: string[] = [];
    const stop = onDatabaseOutage({
      started: () => events.push("started"),
      recovered: ({ failedRequests }) => events.push(`recovered after ${failedRequests}`),
    });
    reportDatabaseUnavailable(connectionRefused());
    reportDatabaseUnavailable(connectionRefused());
    reportDatabaseAvailable();
    stop();

    expect(events).toEqual(["started", "recovered after 2"]);
  });
});

describe("the console filter", () => {
  it("counts Next.js's and Prisma's printing of an outage error instead of printing it", () => {
    const error = connectionRefused();
    const fromNext = runWithRequestId("failing-request", () => decideConsoleCall([" ⨯", error]));
    const fromPrisma = runWithRequestId("failing-request", () =>
      decideConsoleCall(["prisma:error \nInvalid invocation: connect ECONNREFUSED 127.0.0.1:5432"]),
    );
    reportDatabaseAvailable();

    expect(fromNext.action).toBe("drop");
    expect(fromPrisma.action).toBe("drop");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("1 request failed");
  });

  it("does not take a client that went away mid-body for a database outage", () => {
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });

    expect(decideConsoleCall([" ⨯", aborted])).toEqual({ action: "print", error: aborted });
    expect(isDatabaseOutageOngoing()).toBe(false);
  });

  it("in production, drops what onRequestError logs with the request's id: Next.js's print of an error with a digest, and Prisma's own line", () => {
    const rendered = Object.assign(new Error("relation does not exist"), { digest: "3423212400" });

    expect(decideConsoleCall([rendered], true).action).toBe("drop");
    expect(
      decideConsoleCall(["prisma:error \nRaw query failed. Code: `42P01`."], true).action,
    ).toBe("drop");
    // In development Next.js's own print (with source maps) is the readable one: kept.
    expect(decideConsoleCall([rendered], false).action).toBe("print");
  });

  it("prints any other error", () => {
    const error = new TypeError("Cannot read properties of undefined");

    expect(decideConsoleCall([" ⨯", error])).toEqual({ action: "print", error });
    expect(decideConsoleCall(["prisma:error unique constraint failed"]).action).toBe("print");
    expect(isDatabaseOutageOngoing()).toBe(false);
  });
});
