import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/content-store/diff-snapshots";

describe("diffSnapshots", () => {
  it("reports nothing for equal snapshots, whatever their key order", () => {
    expect(
      diffSnapshots({ a: 1, b: { en: "x", ru: "y" } }, { b: { ru: "y", en: "x" }, a: 1 }),
    ).toEqual([]);
  });

  it("reports a localized field per locale", () => {
    expect(
      diffSnapshots(
        { summary: { en: "Detained.", ru: "Задержан." } },
        { summary: { en: "Sentenced.", ru: "Задержан.", kk: "Ұсталды." } },
      ),
    ).toEqual([
      { path: ["summary", "en"], before: "Detained.", after: "Sentenced." },
      { path: ["summary", "kk"], before: undefined, after: "Ұсталды." },
    ]);
  });

  it("treats a missing field and null alike", () => {
    expect(diffSnapshots({ region: null }, {})).toEqual([]);
  });

  it("matches rows of a list by id, so an inserted row is one addition and not a shift", () => {
    const a = { id: "a", value: "Zhakishev" };
    const b = { id: "b", value: "Dzhakishev" };
    const c = { id: "c", value: "Jakishev" };
    expect(diffSnapshots({ nameVariants: [a, b] }, { nameVariants: [c, a, b] })).toEqual([
      { path: ["nameVariants", "c"], label: "Jakishev", before: undefined, after: c },
    ]);
  });

  it("reports removed rows and changed fields of nested rows with the row's label", () => {
    const before = {
      cases: [
        {
          id: "c1",
          caseNumber: "12-345",
          charges: [{ id: "ch1", label: "UK RK 274", note: null }],
        },
        { id: "c2", caseNumber: "99", charges: [] },
      ],
    };
    const after = {
      cases: [
        {
          id: "c1",
          caseNumber: "12-345",
          charges: [{ id: "ch1", label: "UK RK 274", note: { en: "for a post" } }],
        },
      ],
    };
    expect(diffSnapshots(before, after)).toEqual([
      {
        path: ["cases", "c1", "charges", "ch1", "note"],
        label: "UK RK 274",
        before: null,
        after: { en: "for a post" },
      },
      { path: ["cases", "c2"], label: "99", before: before.cases[1], after: undefined },
    ]);
  });

  it("compares rich text and lists of plain values whole", () => {
    const doc = (text: string) => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    });
    expect(
      diffSnapshots(
        { biography: { en: doc("Born in 1970.") }, citizenships: ["KZ"] },
        { biography: { en: doc("Born in 1971.") }, citizenships: ["KZ", "RU"] },
      ),
    ).toEqual([
      { path: ["biography", "en"], before: doc("Born in 1970."), after: doc("Born in 1971.") },
      { path: ["citizenships"], before: ["KZ"], after: ["KZ", "RU"] },
    ]);
  });

  it("lists every row of a list that appears where there was none", () => {
    expect(
      diffSnapshots({ tags: null }, { tags: [{ tagId: "t1", name: { en: "Journalist" } }] }),
    ).toEqual([
      {
        path: ["tags", "t1"],
        label: "Journalist",
        before: undefined,
        after: { tagId: "t1", name: { en: "Journalist" } },
      },
    ]);
  });
});
