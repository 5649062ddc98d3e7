import { describe, expect, it, vi } from "vitest";
import { runAfterAnswer, settleWorkAfterAnswers } from "@/lib/security/after-answer";

describe("work after the answer", () => {
  it("starts only after the caller has returned, and settles when all of it is done", async () => {
    const events: string[] = [];
    runAfterAnswer("test", async () => {
      events.push("work");
    });
    events.push("answer");
    await Promise.resolve(); // a microtask later is still too early
    expect(events).toEqual(["answer"]);
    await settleWorkAfterAnswers();
    expect(events).toEqual(["answer", "work"]);
  });

  it("runs a few tasks at a time, so a flood of them cannot take every database connection", async () => {
    let running = 0;
    let most = 0;
    for (let task = 0; task < 20; task++) {
      runAfterAnswer("test", async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
      });
    }
    await settleWorkAfterAnswers();
    expect(most).toBe(4);
  });

  it("logs a failure without the address it was about, and goes on", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    runAfterAnswer("repeated signature", async () => {
      throw new Error('duplicate key for "anna.petrova@example.org"');
    });
    let after = false;
    runAfterAnswer("next", async () => {
      after = true;
    });
    await settleWorkAfterAnswers();
    expect(after).toBe(true);
    expect(log).toHaveBeenCalledWith(
      '[after-answer] repeated signature failed: duplicate key for "<address>"',
    );
    log.mockRestore();
  });
});
