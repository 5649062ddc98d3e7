import { describe, expect, it } from "vitest";
import { describeSendError, retryDelayMs } from "@/lib/mail/outbox-drain";

describe("outbox retries", () => {
  it("wait twice as long after each failure, from 5 seconds up to 15 minutes", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(8)).toBe(640_000);
    expect(retryDelayMs(9)).toBe(900_000);
    expect(retryDelayMs(500)).toBe(900_000);
  });

  it("store the mail server's error with its code but without any e-mail address", () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 <anna.i@example.org>: mailbox unavailable",
      ),
      {
        code: "EENVELOPE",
      },
    );

    const stored = describeSendError(error);

    expect(stored).toBe(
      "EENVELOPE: Can't send mail - all recipients were rejected: 550 <<address>>: mailbox unavailable",
    );
  });

  it("cut a long error to 500 characters", () => {
    expect(describeSendError(new Error("x".repeat(2_000)))).toHaveLength(500);
  });
});
