import { describe, expect, it } from "vitest";
import { redactionWithdrawsDatasets } from "@/lib/datasets/redaction-withdrawal";

/** When a write withdraws the kept datasets because a field was newly withheld (lib/datasets). */
const profile = (state: string, redactedFields: string[] | null) => ({ state, redactedFields });

describe("redactionWithdrawsDatasets", () => {
  it.each([
    [
      "a field redacted on a published profile",
      profile("PUBLISHED", []),
      profile("PUBLISHED", ["birthDate"]),
      true,
    ],
    [
      "a second field redacted",
      profile("PUBLISHED", ["region"]),
      profile("PUBLISHED", ["region", "photo"]),
      true,
    ],
    [
      "a redaction where the list was never set",
      profile("PUBLISHED", null),
      profile("PUBLISHED", ["events"]),
      true,
    ],
    [
      "one redaction swapped for another",
      profile("PUBLISHED", ["region"]),
      profile("PUBLISHED", ["photo"]),
      true,
    ],
    ["a redaction lifted", profile("PUBLISHED", ["region"]), profile("PUBLISHED", []), false],
    [
      "the same redactions",
      profile("PUBLISHED", ["region"]),
      profile("PUBLISHED", ["region"]),
      false,
    ],
    [
      "a draft redacted (no dataset holds it)",
      profile("DRAFT", []),
      profile("DRAFT", ["region"]),
      false,
    ],
    [
      "redacted while being unpublished (the removal withdraws)",
      profile("PUBLISHED", []),
      profile("DRAFT", ["region"]),
      false,
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(redactionWithdrawsDatasets("prisoner", before, after)).toBe(expected);
  });

  it("never for another type, nor for a created or deleted item", () => {
    const published = profile("PUBLISHED", ["region"]);
    expect(redactionWithdrawsDatasets("publication", profile("PUBLISHED", []), published)).toBe(
      false,
    );
    expect(redactionWithdrawsDatasets("prisoner", null, published)).toBe(false);
    expect(redactionWithdrawsDatasets("prisoner", published, null)).toBe(false);
  });
});
