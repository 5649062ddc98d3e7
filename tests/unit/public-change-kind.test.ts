import { describe, expect, it } from "vitest";
import { publicChangeOf } from "@/lib/content-store/public-change-kind";
import type { Snapshot } from "@/lib/content-store/types";

/** What the change feed makes of a write, from the snapshots before and after (pure). */
const prisoner = (fields: Snapshot = {}): Snapshot => ({
  id: "p1",
  slug: "ivan-petrov",
  name: { en: "Ivan Petrov" },
  state: "PUBLISHED",
  status: "PRETRIAL_DETENTION",
  occupation: { en: "journalist" },
  redactedFields: [],
  events: [],
  internal: null,
  ...fields,
});

describe("publicChangeOf", () => {
  it.each([
    ["a draft created", null, prisoner({ state: "DRAFT" }), null],
    [
      "a draft edited",
      prisoner({ state: "DRAFT" }),
      prisoner({ state: "DRAFT", status: "RELEASED" }),
      null,
    ],
    ["a draft deleted", prisoner({ state: "IN_REVIEW" }), null, null],
    ["published", prisoner({ state: "IN_REVIEW" }), prisoner(), { kind: "published", aspects: [] }],
    ["unpublished", prisoner(), prisoner({ state: "DRAFT" }), { kind: "removed", aspects: [] }],
    ["archived", prisoner(), prisoner({ state: "ARCHIVED" }), { kind: "removed", aspects: [] }],
    ["deleted", prisoner(), null, { kind: "removed", aspects: [] }],
    [
      "its status changed",
      prisoner(),
      prisoner({ status: "RELEASED" }),
      { kind: "changed", aspects: ["status"] },
    ],
    [
      "renamed and released",
      prisoner(),
      prisoner({ name: { en: "Ivan P." }, status: "RELEASED" }),
      { kind: "changed", aspects: ["name", "status"] },
    ],
    [
      "a field redacted",
      prisoner(),
      prisoner({ redactedFields: ["occupation"] }),
      { kind: "changed", aspects: ["identity"] },
    ],
    [
      "a redacted field edited",
      prisoner({ redactedFields: ["occupation"] }),
      prisoner({ redactedFields: ["occupation"], occupation: { en: "lawyer" } }),
      null,
    ],
    [
      "staff-only notes",
      prisoner(),
      prisoner({ internal: { notes: "a lead" }, lastReviewedAt: "2026-01-01" }),
      null,
    ],
    ["a draft event added", prisoner(), prisoner({ events: [{ id: "e1", state: "DRAFT" }] }), null],
    [
      "an event published",
      prisoner({ events: [{ id: "e1", state: "DRAFT" }] }),
      prisoner({ events: [{ id: "e1", state: "PUBLISHED" }] }),
      { kind: "changed", aspects: ["timeline"] },
    ],
    [
      "its facility's address withheld, under a detention that shows it",
      prisoner({ detentions: [{ id: "d1", addressPublic: true }] }),
      prisoner({
        detentions: [{ id: "d1", addressPublic: true }],
        redactedFields: ["facilityAddress"],
      }),
      { kind: "changed", aspects: ["detention"] },
    ],
    [
      "its facility's address withheld, where no detention shows one",
      prisoner({ detentions: [{ id: "d1", addressPublic: false }] }),
      prisoner({
        detentions: [{ id: "d1", addressPublic: false }],
        redactedFields: ["facilityAddress"],
      }),
      null,
    ],
  ])("a prisoner %s", (_name, before, after, expected) => {
    const change = publicChangeOf("prisoner", before, after);
    expect(change && { kind: change.kind, aspects: change.aspects }).toEqual(expected);
  });

  it("letters are public once out of draft; their state moving between public states is a change", () => {
    const letter = (state: string): Snapshot => ({ id: "l1", slug: "free-them", state });
    expect(publicChangeOf("letter", letter("DRAFT"), letter("OPEN"))?.kind).toBe("published");
    expect(publicChangeOf("letter", letter("OPEN"), letter("CLOSED"))?.kind).toBe("changed");
    expect(publicChangeOf("letter", letter("CLOSED"), letter("DRAFT"))?.kind).toBe("removed");
  });

  it("reference data: a country is known by its code, an article has no slug, a tag is not in the feed", () => {
    expect(publicChangeOf("country", null, { code: "KZ", name: { en: "Kazakhstan" } })).toEqual({
      entityType: "country",
      kind: "published",
      slug: "KZ",
      aspects: [],
    });
    expect(
      publicChangeOf(
        "criminalCodeArticle",
        { id: "a", title: { en: "x" } },
        { id: "a", title: { en: "y" } },
      ),
    ).toEqual({ entityType: "article", kind: "changed", slug: null, aspects: [] });
    expect(publicChangeOf("tag", null, { id: "t", slug: "t" })).toBeNull();
  });
});
