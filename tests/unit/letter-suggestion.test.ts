import { describe, expect, it } from "vitest";
import { effectiveLetterArrival } from "@/lib/letters-to-prisoners/letter-arrival";
import {
  daysUntilBirthday,
  suggestLetterRecipients,
  type LetterCandidate,
} from "@/lib/letters-to-prisoners/letter-suggestion";

const today = "2026-12-06";

function candidate(slug: string, overrides: Partial<LetterCandidate> = {}): LetterCandidate {
  return {
    slug,
    arrival: "ARRIVE",
    recentLetters: 0,
    birthday: null,
    nextCourtDate: null,
    ...overrides,
  };
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run draws the same. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How often each slug comes first over many draws. */
function firstPicks(candidates: LetterCandidate[], draws = 4000): Record<string, number> {
  const random = seeded(42);
  const counts: Record<string, number> = {};
  for (let draw = 0; draw < draws; draw += 1) {
    const [first] = suggestLetterRecipients(candidates, { today, count: 1, random });
    if (first) counts[first.slug] = (counts[first.slug] ?? 0) + 1;
  }
  return counts;
}

describe("who needs a letter today", () => {
  it("favours the prisoner who received fewer letters recently", () => {
    const counts = firstPicks([
      candidate("famous", { recentLetters: 40 }),
      candidate("forgotten", { recentLetters: 0 }),
    ]);
    expect(counts.forgotten).toBeGreaterThan(20 * (counts.famous ?? 0));
  });

  it("favours a prisoner whose birthday is near over an otherwise equal one", () => {
    const counts = firstPicks([
      candidate("birthday-soon", { birthday: "12-15" }),
      candidate("birthday-later", { birthday: "06-01" }),
    ]);
    expect(counts["birthday-soon"]).toBeGreaterThan(2 * (counts["birthday-later"] ?? 0));
  });

  it("favours a prisoner with a court date in the coming days", () => {
    const counts = firstPicks([
      candidate("hearing", { nextCourtDate: "2026-12-10" }),
      candidate("no-hearing"),
    ]);
    expect(counts.hearing).toBeGreaterThan(1.5 * (counts["no-hearing"] ?? 0));
  });

  it("never suggests a prisoner whose letters do not arrive, even as the only one left", () => {
    const candidates = [
      candidate("unreachable", { arrival: "DO_NOT_ARRIVE", birthday: "12-07" }),
      candidate("reachable", { recentLetters: 500 }),
    ];
    const random = seeded(7);
    for (let draw = 0; draw < 500; draw += 1) {
      const picks = suggestLetterRecipients(candidates, { today, count: 5, random });
      expect(picks.map((pick) => pick.slug)).toEqual(["reachable"]);
    }
    expect(
      suggestLetterRecipients([candidate("unreachable", { arrival: "DO_NOT_ARRIVE" })], {
        today,
        count: 3,
        random: Math.random,
      }),
    ).toEqual([]);
  });

  it("draws different people for the extra suggestions and leaves out the one just shown", () => {
    const candidates = ["a", "b", "c", "d"].map((slug) => candidate(slug));
    const picks = suggestLetterRecipients(candidates, {
      today,
      count: 4,
      random: seeded(3),
      exclude: ["a"],
    });
    expect(picks.map((pick) => pick.slug).sort()).toEqual(["b", "c", "d"]);
    // With nobody else left, the excluded one is shown again rather than nothing.
    const alone = suggestLetterRecipients([candidate("a")], {
      today,
      count: 1,
      random: seeded(3),
      exclude: ["a"],
    });
    expect(alone.map((pick) => pick.slug)).toEqual(["a"]);
  });

  it("weighs unknown delivery below known delivery", () => {
    const counts = firstPicks([
      candidate("known", { arrival: "ARRIVE" }),
      candidate("unknown", { arrival: "UNKNOWN" }),
    ]);
    expect(counts.known).toBeGreaterThan(1.5 * (counts.unknown ?? 0));
  });

  it("counts the days to a birthday across the new year and for 29 February", () => {
    expect(daysUntilBirthday("12-06", today)).toBe(0);
    expect(daysUntilBirthday("01-02", today)).toBe(27);
    expect(daysUntilBirthday("02-29", "2027-02-20")).toBe(9); // 1 March in a common year
  });
});

describe("whether letters arrive", () => {
  it("takes the more recently checked of the prisoner's and the facility's flags", () => {
    expect(
      effectiveLetterArrival(
        { arrival: "ARRIVE", checkedOn: "2025-01-10" },
        { arrival: "DO_NOT_ARRIVE", checkedOn: "2026-11-01" },
      ),
    ).toEqual({ arrival: "DO_NOT_ARRIVE", checkedOn: "2026-11-01", decidedBy: "facility" });
    expect(
      effectiveLetterArrival(
        { arrival: "ARRIVE", checkedOn: "2026-12-01" },
        { arrival: "DO_NOT_ARRIVE", checkedOn: "2026-11-01" },
      ).arrival,
    ).toBe("ARRIVE");
  });

  it("ignores unknown flags and lets 'do not arrive' win a tie", () => {
    expect(
      effectiveLetterArrival(
        { arrival: "UNKNOWN", checkedOn: null },
        { arrival: "ARRIVE", checkedOn: null },
      ),
    ).toEqual({ arrival: "ARRIVE", checkedOn: null, decidedBy: "facility" });
    expect(
      effectiveLetterArrival(
        { arrival: "ARRIVE", checkedOn: "2026-12-01" },
        { arrival: "DO_NOT_ARRIVE", checkedOn: "2026-12-01" },
      ).arrival,
    ).toBe("DO_NOT_ARRIVE");
    expect(effectiveLetterArrival({ arrival: "UNKNOWN", checkedOn: null }, null).arrival).toBe(
      "UNKNOWN",
    );
  });
});
