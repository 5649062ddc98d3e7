import { describe, expect, it } from "vitest";
import {
  noteStoredSignatureTime,
  paceLikeStoredSignature,
  typicalStoredSignatureMs,
} from "@/lib/signing/answer-pacing";

describe("pacing a repeated signature like a stored one", () => {
  it("follows the median of the recent stored signatures", () => {
    for (const ms of [30, 10, 20]) noteStoredSignatureTime(ms);
    expect(typicalStoredSignatureMs()).toBe(20);
  });

  it("never answers before the typical time, however the timers fall", async () => {
    for (let round = 0; round < 32; round++) noteStoredSignatureTime(6.4);
    for (let round = 0; round < 20; round++) {
      const startedAt = performance.now();
      await paceLikeStoredSignature(startedAt);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(6.4);
    }
  });

  it("answers at once when the typical time has passed already", async () => {
    for (let round = 0; round < 32; round++) noteStoredSignatureTime(5);
    const startedAt = performance.now() - 50;
    const before = performance.now();
    await paceLikeStoredSignature(startedAt);
    expect(performance.now() - before).toBeLessThan(5);
  });
});
