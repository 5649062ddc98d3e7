import { describe, expect, it } from "vitest";
import { prisonerDetentionsSchema } from "@/lib/validation/prisoner-detentions";
import { prisonerProfileCitationsSchema } from "@/lib/validation/prisoner-profile-citations";
import { prisonerStatusHistorySchema } from "@/lib/validation/prisoner-status-history";
import { prisonerTimelineSchema } from "@/lib/validation/prisoner-timeline";

// What the browser posts for a spare citation row: every text empty, the confidence select's
// first option chosen.
const spareCitation = { sourceId: "", locator: "", newTitle: "", newConfidence: "UNVERIFIED" };

describe("citation rows of a status, a detention and the profile", () => {
  it("keeps a status's citations in order and drops the spare citation row", () => {
    const parsed = prisonerStatusHistorySchema.parse({
      id: "p1",
      expectedVersion: "3",
      statusChanges: [
        {
          status: "IMPRISONED",
          citations: [
            { sourceId: "s1", locator: "p. 4", newConfidence: "UNVERIFIED" },
            {
              newTitle: "Court ruling",
              newUrl: "https://court.example/ruling",
              newConfidence: "CONFIRMED",
            },
            spareCitation,
          ],
        },
      ],
    });
    expect(parsed.statusChanges[0]!.citations).toMatchObject([
      { sourceId: "s1", locator: "p. 4" },
      { sourceId: null, newTitle: "Court ruling", newConfidence: "CONFIRMED" },
      null,
    ]);
  });

  it("treats a spare status or detention row whose spare citation posts a confidence as blank", () => {
    const status = prisonerStatusHistorySchema.parse({
      id: "p1",
      expectedVersion: "3",
      statusChanges: [{ status: "", effectiveOn: "", citations: [spareCitation] }],
    });
    expect(status.statusChanges).toEqual([null]);
    const detentions = prisonerDetentionsSchema.parse({
      id: "p1",
      expectedVersion: "3",
      detentions: [{ facilityId: "", startedOn: "", citations: [spareCitation] }],
    });
    expect(detentions.detentions).toEqual([null]);
    const timeline = prisonerTimelineSchema.parse({
      id: "p1",
      expectedVersion: "3",
      events: [{ date: "", type: "ARREST", state: "DRAFT", citations: [spareCitation] }],
    });
    expect(timeline.events).toEqual([null]);
  });

  it("asks for a source on a detention's citation that names none and describes none", () => {
    const parsed = prisonerDetentionsSchema.safeParse({
      id: "p1",
      expectedVersion: "3",
      detentions: [{ facilityId: "f1", citations: [{ locator: "p. 2" }] }],
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["detentions.0.citations.0.sourceId", "sourceRequired"],
    ]);
  });

  it("reads a profile citation's empty 'supports' as the whole profile and refuses an unknown field", () => {
    const parsed = prisonerProfileCitationsSchema.safeParse({
      id: "p1",
      expectedVersion: "3",
      citations: [
        { field: "", sourceId: "s1" },
        { field: "arrestedOn", sourceId: "s2" },
        { field: "internalNotes", sourceId: "s3" },
      ],
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["citations.2.field", "choiceRequired"],
    ]);
    const valid = prisonerProfileCitationsSchema.parse({
      id: "p1",
      expectedVersion: "3",
      citations: [
        { field: "", sourceId: "s1" },
        { field: "arrestedOn", sourceId: "s2" },
      ],
    });
    expect(valid.citations.map((row) => row?.field)).toEqual([null, "arrestedOn"]);
  });
});
