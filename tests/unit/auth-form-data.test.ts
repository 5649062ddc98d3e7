import { describe, expect, it } from "vitest";
import { formDataToInput, submittedValues } from "@/lib/actions/staff-action-form-data";

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("dashboard form data", () => {
  it("nests dotted names into objects and numbered rows into arrays", () => {
    const input = formDataToInput(
      form([
        ["name.en", "Ivan"],
        ["name.ru", "Иван"],
        ["cases.0.court", "A"],
        ["cases.1.court", "B"],
        ["cases.1.charges.0.article", "274"],
      ]),
    );
    expect(input).toEqual({
      name: { en: "Ivan", ru: "Иван" },
      cases: [{ court: "A" }, { court: "B", charges: [{ article: "274" }] }],
    });
  });

  it("collects repeated names and [] names into arrays", () => {
    expect(
      formDataToInput(
        form([
          ["roles", "A"],
          ["roles", "B"],
          ["tags[]", "x"],
        ]),
      ),
    ).toEqual({
      roles: ["A", "B"],
      tags: ["x"],
    });
  });

  it("leaves out Next.js's own fields, empty file inputs and prototype tricks", () => {
    const input = formDataToInput(
      form([
        ["$ACTION_ID_123", ""],
        ["photo", new File([], "")],
        ["__proto__.polluted", "yes"],
        ["a.constructor.prototype.polluted", "yes"],
        ["title", "T"],
      ]),
    );
    expect(input).toEqual({ title: "T" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("echoes the text values as posted, minus the omitted names", () => {
    const values = submittedValues(
      form([
        ["name.en", "Ivan"],
        ["roles", "A"],
        ["roles", "B"],
        ["password", "secret"],
        ["$ACTION_REF_1", ""],
      ]),
      (name) => name === "password",
    );
    expect(values).toEqual({ "name.en": "Ivan", roles: ["A", "B"] });
  });
});
