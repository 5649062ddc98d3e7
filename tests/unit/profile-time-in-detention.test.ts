import { describe, expect, it } from "vitest";
import { formatDuration, formatMonths } from "@/components/profile/duration-format";
import { computeTimeInDetention } from "@/components/profile/time-in-detention";
import type { CalendarDate } from "@/lib/data/calendar-date";

const day = (iso: string): CalendarDate => ({ iso, precision: "DAY" });
const today = new Date("2026-05-05T15:30:00Z");

describe("time in detention", () => {
  it("runs from the arrest to today while the person is imprisoned", () => {
    const span = computeTimeInDetention(
      { arrestedOn: day("2022-04-26"), status: "IMPRISONED", statusSince: day("2023-07-10") },
      today,
    );
    expect(span).toMatchObject({
      years: 4,
      months: 0,
      days: 9,
      exact: true,
      ongoing: true,
      end: "2026-05-05",
    });
  });

  it("counts pre-trial detention and house arrest as detention", () => {
    for (const status of ["PRETRIAL_DETENTION", "HOUSE_ARREST"] as const) {
      const span = computeTimeInDetention(
        { arrestedOn: day("2026-03-31"), status, statusSince: null },
        today,
      );
      // 31 March → 30 April is one month (April has no 31st), then 5 days to 5 May.
      expect(span).toMatchObject({ years: 0, months: 1, days: 5, ongoing: true });
    }
  });

  it("ends on the release date once the person is released", () => {
    const span = computeTimeInDetention(
      {
        arrestedOn: day("2009-12-05"),
        status: "RELEASED_ON_PAROLE",
        statusSince: day("2020-03-19"),
      },
      today,
    );
    expect(span).toMatchObject({
      years: 10,
      months: 3,
      days: 14,
      ongoing: false,
      end: "2020-03-19",
    });
  });

  it("borrows the length of the previous month when the end day is earlier in the month", () => {
    const span = computeTimeInDetention(
      { arrestedOn: day("2024-01-31"), status: "RELEASED", statusSince: day("2024-03-01") },
      today,
    );
    // 31 January → 29 February (a leap year) is one month; one more day to 1 March.
    expect(span).toMatchObject({ years: 0, months: 1, days: 1, totalDays: 30 });
  });

  it("is approximate, in months, when only the month of the arrest is known", () => {
    const span = computeTimeInDetention(
      {
        arrestedOn: { iso: "2018-07-01", precision: "MONTH" },
        status: "IMPRISONED",
        statusSince: null,
      },
      today,
    );
    expect(span).toMatchObject({ years: 7, months: 10, days: 0, precision: "MONTH", exact: false });
  });

  it("is approximate, in years, when only the year of the arrest is known", () => {
    const span = computeTimeInDetention(
      {
        arrestedOn: { iso: "2018-01-01", precision: "YEAR" },
        status: "IMPRISONED",
        statusSince: null,
      },
      today,
    );
    expect(span).toMatchObject({ years: 8, months: 0, days: 0, precision: "YEAR", exact: false });
  });

  it("is unknown without an arrest date, with a withheld status, or when the end is not a release", () => {
    expect(
      computeTimeInDetention({ arrestedOn: null, status: "IMPRISONED", statusSince: null }, today),
    ).toBeNull();
    expect(
      computeTimeInDetention(
        { arrestedOn: day("2020-01-01"), status: null, statusSince: null },
        today,
      ),
    ).toBeNull();
    expect(
      computeTimeInDetention(
        { arrestedOn: day("2020-01-01"), status: "IN_EXILE", statusSince: day("2021-01-01") },
        today,
      ),
    ).toBeNull();
    expect(
      computeTimeInDetention(
        { arrestedOn: day("2020-01-01"), status: "RELEASED", statusSince: null },
        today,
      ),
    ).toBeNull();
  });

  it("is unknown when the release date lies before the arrest (inconsistent data)", () => {
    expect(
      computeTimeInDetention(
        { arrestedOn: day("2020-01-01"), status: "RELEASED", statusSince: day("2019-01-01") },
        today,
      ),
    ).toBeNull();
  });
});

describe("durations in words", () => {
  it("shows the two largest adjacent units in each locale", () => {
    expect(formatDuration("en", { years: 4, months: 2, days: 9 })).toBe("4 years, 2 months");
    expect(formatDuration("ru", { years: 4, months: 2, days: 9 })).toBe("4 года 2 месяца");
    expect(formatDuration("en", { years: 0, months: 1, days: 4 })).toBe("1 month, 4 days");
    expect(formatDuration("ru", { years: 0, months: 0, days: 21 })).toBe("21 день");
    expect(formatDuration("en", { years: 3, months: 0, days: 11 })).toBe("3 years");
  });

  it("never shows units finer than the dates allow", () => {
    expect(formatDuration("en", { years: 7, months: 10, days: 0 }, "year")).toBe("7 years");
    expect(formatDuration("en", { years: 0, months: 0, days: 0 }, "month")).toBe("0 months");
  });

  it("writes sentence lengths stored in months as years and months", () => {
    expect(formatMonths("en", 90)).toBe("7 years, 6 months");
    expect(formatMonths("ru", 84)).toBe("7 лет");
    expect(formatMonths("ru", 5)).toBe("5 месяцев");
  });
});
