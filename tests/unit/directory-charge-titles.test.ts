import { describe, expect, it } from "vitest";
import { clippedTitle } from "@/components/directory/directory-choices";

describe("a charge option's article title", () => {
  it("is kept whole when it fits", () => {
    expect(clippedTitle("High treason")).toBe("High treason");
  });

  it("is cut at the last whole word that fits and ends with an ellipsis", () => {
    const title =
      "Organisation of and participation in the activities of a public or religious association";
    const clipped = clippedTitle(title);
    expect(clipped).toBe("Organisation of and participation in the…");
    expect(clipped.length).toBeLessThanOrEqual(49);
  });

  it("drops a dangling dash or comma before the ellipsis, in Cyrillic too", () => {
    expect(
      clippedTitle("Публичные призывы к осуществлению террористической деятельности", 40),
    ).toBe("Публичные призывы к осуществлению…");
    expect(clippedTitle("Aaaa bbbb, cccc dddd", 10)).toBe("Aaaa bbbb…");
  });
});
