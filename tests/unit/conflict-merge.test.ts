import { describe, expect, it } from "vitest";
import {
  differences,
  mergedValues,
  sameValue,
  writeFormData,
  type MergeChoice,
} from "@/components/dashboard/form/conflict-merge";
import { alignRows } from "@/components/dashboard/form/conflict-rows";
import type { FormValues } from "@/lib/actions/staff-action-state";

const keys = (mine: FormValues, theirs: FormValues) =>
  differences(mine, theirs).map((difference) => difference.key);

describe("the conflict panel's comparison", () => {
  it("lists only the fields that differ, skipping the form's bookkeeping", () => {
    const mine = {
      intent: "save",
      id: "p1",
      expectedVersion: "1",
      "name.en": "Ivan Petrov",
      "summary.en": "Mine",
      casesCount: "2",
      "cases.0.id": "c1",
      "cases.0.court": "Almaty",
    };
    const theirs = {
      id: "p1",
      "name.en": "Ivan Petrov",
      "summary.en": "Theirs",
      casesCount: "1",
      "cases.0.id": "c1",
      "cases.0.court": "Astana",
      "sentence.en": "Seven years",
    };
    expect(keys(mine, theirs)).toEqual(["summary.en", "sentence.en", "cases.0.court"]);
  });

  it("treats an empty text, an absent value and an unticked box as the same", () => {
    expect(sameValue("", undefined)).toBe(true);
    expect(sameValue([], undefined)).toBe(true);
    expect(sameValue(["", "a"], "a")).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(keys({ "flags.public": "on" }, {})).toEqual(["flags.public"]);
  });
});

describe("rows of a repeatable list in a conflict", () => {
  // They removed the first name variant and edited the third; the editor changed nothing there
  // but added a new one at the end.
  const mine = {
    nameVariantsCount: "4",
    "nameVariants.0.id": "v1",
    "nameVariants.0.value": "Ivan",
    "nameVariants.1.id": "v2",
    "nameVariants.1.value": "Vanya",
    "nameVariants.2.id": "v3",
    "nameVariants.2.value": "Jean",
    "nameVariants.3.value": "Johann",
    "nameVariants.4.value": "",
  };
  const theirs = {
    nameVariantsCount: "2",
    "nameVariants.0.id": "v2",
    "nameVariants.0.value": "Vanya",
    "nameVariants.1.id": "v3",
    "nameVariants.1.value": "Jan",
  };

  it("matches rows by their id, not their position, and skips blank rows", () => {
    expect(alignRows(mine, theirs)).toEqual([
      { list: "nameVariants", mine: 0, theirs: null },
      { list: "nameVariants", mine: 1, theirs: 0 },
      { list: "nameVariants", mine: 2, theirs: 1 },
      { list: "nameVariants", mine: 3, theirs: null },
    ]);
  });

  it("shows a removed row and an added row as such, and only the real field change", () => {
    const found = differences(mine, theirs);
    expect(found.map((difference) => difference.key)).toEqual([
      "mine:nameVariants.0",
      "nameVariants.2.value",
      "mine:nameVariants.3",
    ]);
    expect(found[0]!.row).toMatchObject({ side: "mine", removedByOther: true });
    expect(found[1]).toMatchObject({ theirsName: "nameVariants.1.value" });
    expect(found[2]!.row).toMatchObject({ side: "mine", removedByOther: false });
  });

  it("matches a new row by its content when both added the same", () => {
    const both = { "charges.0.article": "a1", "charges.0.note": "x" };
    const stored = { "charges.0.id": "ch9", "charges.0.article": "a1", "charges.0.note": "x" };
    expect(differences(both, stored)).toEqual([]);
  });

  it("merges per row: drops a row they removed, keeps mine, takes their field", () => {
    const found = differences(mine, theirs);
    const choices: Record<string, MergeChoice> = {
      "mine:nameVariants.0": "theirs",
      "nameVariants.2.value": "theirs",
    };
    const { values, touched } = mergedValues(mine, theirs, found, choices);
    expect(values["nameVariants.0.id"]).toBeUndefined();
    expect(values["nameVariants.0.value"]).toBeUndefined();
    expect(values["nameVariants.1.value"]).toBe("Vanya");
    expect(values["nameVariants.2.value"]).toBe("Jan");
    expect(values["nameVariants.3.value"]).toBe("Johann");
    expect(touched).toEqual(
      expect.arrayContaining(["nameVariants.0.id", "nameVariants.0.value", "nameVariants.2.value"]),
    );
  });

  it("brings a row only they added, after the editor's rows, with its id", () => {
    const editor = { casesCount: "1", "cases.0.id": "c1", "cases.0.court": "Almaty" };
    const stored = {
      "cases.0.id": "c2",
      "cases.0.court": "Astana",
      "cases.1.id": "c1",
      "cases.1.court": "Almaty",
    };
    const found = differences(editor, stored);
    expect(found.map((difference) => difference.key)).toEqual(["theirs:cases.0"]);
    const { values } = mergedValues(editor, stored, found, { "theirs:cases.0": "theirs" });
    expect(values).toMatchObject({
      casesCount: "2",
      "cases.0.id": "c1",
      "cases.1.id": "c2",
      "cases.1.court": "Astana",
    });
  });
});

describe("a field-by-field merge", () => {
  const mine = { "summary.en": "Mine", "title.en": "My title", status: "FREED" };
  const theirs = { "summary.en": "Theirs", "title.en": "", status: "IMPRISONED" };
  const found = differences(mine, theirs);

  it("keeps mine unless a field is chosen as theirs", () => {
    const { values } = mergedValues(mine, theirs, found, {
      "summary.en": "theirs",
      status: "mine",
    });
    expect(values["summary.en"]).toBe("Theirs");
    expect(values.status).toBe("FREED");
    expect(values["title.en"]).toBe("My title");
  });

  it("empties a field whose stored value is empty when theirs is chosen", () => {
    const { values } = mergedValues(mine, theirs, found, { "title.en": "theirs" });
    expect("title.en" in values).toBe(false);
  });

  it("writes the chosen values into the posted form, lists as repeated names", () => {
    const formData = new FormData();
    formData.append("summary.en", "Mine");
    formData.append("roles", "a");
    writeFormData(formData, { "summary.en": "Theirs", roles: ["b", "c"] }, ["summary.en", "roles"]);
    expect(formData.getAll("summary.en")).toEqual(["Theirs"]);
    expect(formData.getAll("roles")).toEqual(["b", "c"]);
  });
});
