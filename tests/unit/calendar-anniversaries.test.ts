import { describe, expect, it } from "vitest";
import {
  birthdayInMonth,
  dayMilestoneStartRanges,
  detentionMilestonesInMonth,
  yearlyDateIn,
} from "@/lib/calendar/anniversaries";
import { parseYearMonth, shiftMonth } from "@/lib/calendar/year-month";

describe("birthdays in the calendar", () => {
  it("a birthday falls on the same day of its month, with the age reached", () => {
    expect(birthdayInMonth("1980-12-24", { year: 2026, month: 12 })).toEqual({
      date: "2026-12-24",
      age: 46,
    });
  });

  it("a birthday in another month is not in this one", () => {
    expect(birthdayInMonth("1980-11-24", { year: 2026, month: 12 })).toBeNull();
  });

  it("a birth on 29 February is marked on 28 February in a common year, and stays in February", () => {
    expect(birthdayInMonth("1988-02-29", { year: 2027, month: 2 })).toEqual({
      date: "2027-02-28",
      age: 39,
    });
    expect(birthdayInMonth("1988-02-29", { year: 2027, month: 3 })).toBeNull();
  });

  it("a birth on 29 February is on 29 February in a leap year", () => {
    expect(birthdayInMonth("1988-02-29", { year: 2028, month: 2 })?.date).toBe("2028-02-29");
  });

  it("a birth on 28 February or 1 March never moves", () => {
    expect(yearlyDateIn("1990-02-28", 2027)).toBe("2027-02-28");
    expect(yearlyDateIn("1990-03-01", 2027)).toBe("2027-03-01");
    expect(yearlyDateIn("1990-03-01", 2028)).toBe("2028-03-01");
  });

  it("the year of birth itself is no birthday", () => {
    expect(birthdayInMonth("2026-12-01", { year: 2026, month: 12 })).toBeNull();
  });
});

describe("detention anniversaries", () => {
  it("marks each full year of detention in the month of the arrest", () => {
    expect(detentionMilestonesInMonth("2022-12-10", "DAY", { year: 2026, month: 12 })).toEqual([
      { kind: "years", count: 4, date: "2026-12-10" },
    ]);
  });

  it("marks the 1,000th day, counted in days from the arrest", () => {
    // 2024-03-01 + 1000 days = 2026-11-26.
    expect(detentionMilestonesInMonth("2024-03-01", "DAY", { year: 2026, month: 11 })).toEqual([
      { kind: "days", count: 1000, date: "2026-11-26" },
    ]);
  });

  it("marks 2,000 days, and the yearly anniversary too when both fall in the month", () => {
    // 2021-06-15 + 2,000 days = 2026-12-06.
    expect(detentionMilestonesInMonth("2021-06-15", "DAY", { year: 2026, month: 12 })).toEqual([
      { kind: "days", count: 2000, date: "2026-12-06" },
    ]);
    // 2010-01-19 + 4,000 days = 2021-01-01, the month of the 11th anniversary.
    expect(detentionMilestonesInMonth("2010-01-19", "DAY", { year: 2021, month: 1 })).toEqual([
      { kind: "days", count: 4000, date: "2021-01-01" },
      { kind: "years", count: 11, date: "2021-01-19" },
    ]);
  });

  it("skips a start known only to the month or the year", () => {
    expect(detentionMilestonesInMonth("2022-12-01", "MONTH", { year: 2026, month: 12 })).toEqual(
      [],
    );
    expect(detentionMilestonesInMonth("2022-01-01", "YEAR", { year: 2026, month: 1 })).toEqual([]);
  });

  it("has nothing before the first year or the first 1,000 days", () => {
    expect(detentionMilestonesInMonth("2026-12-01", "DAY", { year: 2026, month: 12 })).toEqual([]);
  });

  it("an arrest on 29 February has its anniversary on 28 February in a common year", () => {
    expect(detentionMilestonesInMonth("2024-02-29", "DAY", { year: 2025, month: 2 })).toEqual([
      { kind: "years", count: 1, date: "2025-02-28" },
    ]);
  });

  it("the query's date ranges select exactly the starts with a 1,000-day milestone in the month", () => {
    const month = { year: 2026, month: 11 };
    const ranges = dayMilestoneStartRanges(month, 2000);
    expect(ranges[0]).toEqual({ from: "2024-02-05", to: "2024-03-05", count: 1000 });
    // Every range's ends have their milestone on the month's first and last day.
    for (const range of ranges) {
      const first = detentionMilestonesInMonth(range.from, "DAY", month);
      const last = detentionMilestonesInMonth(range.to, "DAY", month);
      expect(first.find((m) => m.kind === "days")?.date).toBe("2026-11-01");
      expect(last.find((m) => m.kind === "days")?.date).toBe("2026-11-30");
    }
  });
});

describe("the calendar's month address", () => {
  it("accepts only YYYY-MM within the served years", () => {
    expect(parseYearMonth("2026-12")).toEqual({ year: 2026, month: 12 });
    for (const bad of ["2026-13", "2026-1", "2026-12x", "12-2026", "1899-12", "2026-00"]) {
      expect(parseYearMonth(bad)).toBeNull();
    }
  });

  it("moves across years", () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });
});
