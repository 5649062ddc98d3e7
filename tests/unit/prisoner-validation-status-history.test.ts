import { describe, expect, it } from "vitest";
import { prisonerBasicsSchema } from "@/lib/validation/prisoner-basics";
import { prisonerStatusHistorySchema } from "@/lib/validation/prisoner-status-history";

describe("the status history schema", () => {
  it("keeps dated entries with their precision and drops the spare empty row", () => {
    const parsed = prisonerStatusHistorySchema.parse({
      id: "p1",
      expectedVersion: "2",
      statusChanges: [
        { id: "c1", status: "PRETRIAL_DETENTION", effectiveOn: "2024-05" },
        { status: "RELEASED", effectiveOn: "2025-01-15", note: { en: "Released on parole." } },
        { status: "", effectiveOn: "", note: { en: "", ru: "" } },
      ],
    });
    expect(parsed.statusChanges).toMatchObject([
      { id: "c1", status: "PRETRIAL_DETENTION", effectiveOn: { precision: "MONTH" }, note: {} },
      { id: null, status: "RELEASED", note: { en: "Released on parole." } },
      null,
    ]);
  });

  it("names a missing or unknown status on the row's own field", () => {
    const parsed = prisonerStatusHistorySchema.safeParse({
      id: "p1",
      expectedVersion: "2",
      statusChanges: [{ status: "", note: { en: "Typed" } }, { status: "GONE" }],
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["statusChanges.0.status", "statusRequired"],
      ["statusChanges.1.status", "statusInvalid"],
    ]);
  });
});

describe("affiliation roles on the basics", () => {
  it("are keyed by affiliation id, with empty languages dropped", () => {
    const parsed = prisonerBasicsSchema.safeParse({
      name: { en: "A" },
      sortName: "A",
      slug: "a-b",
      countryCode: "KZ",
      status: "IMPRISONED",
      summary: { en: "S" },
      affiliationIds: "aff1",
      affiliationRoles: { aff1: { en: "Coordinator", ru: "" } },
    });
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.affiliationRoles).toEqual({ aff1: { en: "Coordinator" } });
  });
});
