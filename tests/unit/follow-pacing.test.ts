import { describe, expect, it } from "vitest";
import { createAnswerPacer } from "@/lib/signing/answer-pacing";

describe("pacing a repeated follow like a stored one, drawn at random", () => {
  it("waits as long as one of the recent stored answers, so that the waits spread as they do", async () => {
    const pacer = createAnswerPacer(15, { drawn: true });
    for (const ms of [2, 12]) pacer.noteStored(ms);
    const waits: number[] = [];
    for (let round = 0; round < 24; round++) {
      const startedAt = performance.now();
      await pacer.paceLikeStored(startedAt);
      waits.push(performance.now() - startedAt);
    }
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(2);
    // Both stored times are drawn: some waits are short, some long (never all at one median).
    expect(waits.some((wait) => wait < 10)).toBe(true);
    expect(waits.some((wait) => wait >= 12)).toBe(true);
  });

  it("waits the default before anything was stored", async () => {
    const pacer = createAnswerPacer(15, { drawn: true });
    const startedAt = performance.now();
    await pacer.paceLikeStored(startedAt);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(15);
  });
});
