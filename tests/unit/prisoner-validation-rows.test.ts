import { describe, expect, it } from "vitest";
import { translationStatus } from "@/lib/validation/localized";
import { parsePartialDate } from "@/lib/validation/partial-date";
import { prisonerCasesSchema } from "@/lib/validation/prisoner-cases";
import { keptRows } from "@/lib/validation/prisoner-rows";

describe("repeatable rows of the prisoner editor", () => {
  it("drop the spare empty row and removed rows but keep the form's indexes in errors", () => {
    const parsed = prisonerCasesSchema.safeParse({
      id: "p1",
      expectedVersion: "3",
      cases: [
        { countryCode: "KZ", stage: "TRIAL", remove: "on", caseNumber: "1-2/2025" },
        {
          countryCode: "KZ",
          stage: "SENTENCED",
          detainedOn: "2025-06-01",
          verdictOn: "2025-05-01",
        },
        { countryCode: "KZ", stage: "INVESTIGATION", chargesCount: "1" },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["cases.1.detainedOn", "arrestAfterVerdict"],
    ]);
  });

  it("keep only filled rows", () => {
    const parsed = prisonerCasesSchema.parse({
      id: "p1",
      expectedVersion: "1",
      cases: [
        {
          countryCode: "kz",
          stage: "TRIAL",
          charges: [{ articleId: "a1", note: { en: "A post" } }, {}],
        },
        { countryCode: "KZ", stage: "INVESTIGATION" },
      ],
    });
    const kept = keptRows(parsed.cases);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ countryCode: "KZ", stage: "TRIAL" });
    expect(keptRows(kept[0]!.charges)).toEqual([
      { id: null, articleId: "a1", note: { en: "A post" } },
    ]);
  });

  it("refuse the same article charged twice in one case", () => {
    const parsed = prisonerCasesSchema.safeParse({
      id: "p1",
      expectedVersion: "1",
      cases: [
        { countryCode: "KZ", stage: "TRIAL", charges: [{ articleId: "a1" }, { articleId: "a1" }] },
      ],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "cases.0.charges.1.articleId",
    ]);
  });
});

describe("partial dates", () => {
  it("take their precision from how much is written", () => {
    expect(parsePartialDate("2018")?.precision).toBe("YEAR");
    expect(parsePartialDate("2018-07")).toEqual({
      date: new Date("2018-07-01T00:00:00Z"),
      precision: "MONTH",
    });
    expect(parsePartialDate("2018-07-03")?.precision).toBe("DAY");
    expect(parsePartialDate("2018-13")).toBeNull();
    expect(parsePartialDate("3 July 2018")).toBeNull();
  });
});

describe("translation status", () => {
  it("names the languages that miss a text another language has", () => {
    expect(translationStatus([{ en: "Name", ru: "Имя" }, { en: "Summary" }, null, {}])).toEqual({
      complete: false,
      missing: ["ru"],
    });
    expect(translationStatus([{ en: "Name", ru: "Имя" }])).toEqual({ complete: true, missing: [] });
  });
});
