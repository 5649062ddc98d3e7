import { describe, expect, it } from "vitest";
import {
  differingFields,
  mergedValues,
  sameValue,
  writeFormData,
} from "@/components/dashboard/form/conflict-merge";

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
      "cases.0.id": "c9",
      "cases.0.court": "Astana",
      "sentence.en": "Seven years",
    };
    expect(differingFields(mine, theirs)).toEqual(["summary.en", "cases.0.court", "sentence.en"]);
  });

  it("treats an empty text, an absent value and an unticked box as the same", () => {
    expect(sameValue("", undefined)).toBe(true);
    expect(sameValue([], undefined)).toBe(true);
    expect(sameValue(["", "a"], "a")).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(differingFields({ "flags.public": "on" }, {})).toEqual(["flags.public"]);
  });
});

describe("a field-by-field merge", () => {
  const mine = { "summary.en": "Mine", "title.en": "My title", casesCount: "1", status: "FREED" };
  const theirs = {
    "summary.en": "Theirs",
    "title.en": "",
    status: "IMPRISONED",
    "cases.1.id": "c2",
    "cases.1.court": "Astana",
  };

  it("keeps mine unless a field is chosen as theirs", () => {
    const merged = mergedValues(mine, theirs, { "summary.en": "theirs", status: "mine" });
    expect(merged["summary.en"]).toBe("Theirs");
    expect(merged.status).toBe("FREED");
    expect(merged["title.en"]).toBe("My title");
  });

  it("empties a field whose stored value is empty when theirs is chosen", () => {
    expect("title.en" in mergedValues(mine, theirs, { "title.en": "theirs" })).toBe(false);
  });

  it("brings a row only they added, with its id and a row count that holds it", () => {
    const merged = mergedValues(mine, theirs, { "cases.1.court": "theirs" });
    expect(merged["cases.1.court"]).toBe("Astana");
    expect(merged["cases.1.id"]).toBe("c2");
    expect(merged.casesCount).toBe("2");
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
