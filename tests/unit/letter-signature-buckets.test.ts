import { describe, expect, it } from "vitest";
import { bucketSignatures, HOURLY_DAYS } from "@/lib/letter-answers/signature-buckets";

const at = (iso: string, count: number) => ({ hour: new Date(iso), count });

describe("signatures over time", () => {
  it("is empty before anybody has signed", () => {
    expect(bucketSignatures([], new Date("2026-12-06T12:00:00Z"))).toEqual([]);
  });

  it("counts hour by hour from the first signature, empty hours included, up to now", () => {
    const buckets = bucketSignatures(
      [at("2026-12-01T10:00:00Z", 3), at("2026-12-01T12:00:00Z", 2)],
      new Date("2026-12-01T13:30:00Z"),
    );
    expect(buckets.map((b) => [b.start.slice(11, 13), b.unit, b.count, b.total])).toEqual([
      ["10", "hour", 3, 3],
      ["11", "hour", 0, 3],
      ["12", "hour", 2, 5],
      ["13", "hour", 0, 5],
    ]);
  });

  it(`switches to days after the ${HOURLY_DAYS} first calendar days (UTC), keeping the running total`, () => {
    const buckets = bucketSignatures(
      [
        at("2026-12-01T23:00:00Z", 1),
        at("2026-12-03T23:00:00Z", 2),
        at("2026-12-04T00:00:00Z", 4),
        at("2026-12-04T17:00:00Z", 5),
        at("2026-12-06T08:00:00Z", 6),
      ],
      new Date("2026-12-06T09:00:00Z"),
    );
    const hours = buckets.filter((b) => b.unit === "hour");
    const days = buckets.filter((b) => b.unit === "day");
    // 1 December 23:00 to 3 December 23:00: 49 hours.
    expect(hours).toHaveLength(49);
    expect(hours.at(-1)).toMatchObject({ start: "2026-12-03T23:00:00.000Z", count: 2, total: 3 });
    expect(days.map((b) => [b.start.slice(0, 10), b.count, b.total])).toEqual([
      ["2026-12-04", 9, 12],
      ["2026-12-05", 0, 12],
      ["2026-12-06", 6, 18],
    ]);
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(18);
  });

  it("adds counts of the same hour given twice and ignores empty rows", () => {
    const buckets = bucketSignatures(
      [at("2026-12-01T10:15:00Z", 1), at("2026-12-01T10:00:00Z", 2), at("2026-11-01T00:00:00Z", 0)],
      new Date("2026-12-01T10:00:00Z"),
    );
    expect(buckets).toEqual([
      { start: "2026-12-01T10:00:00.000Z", unit: "hour", count: 3, total: 3 },
    ]);
  });
});
