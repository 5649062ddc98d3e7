import { describe, expect, it } from "vitest";
import { parseFollowForm } from "@/lib/follows/follow-form";
import {
  followTargetOfForm,
  followTargetOfQuery,
  isFollowTargetKey,
} from "@/lib/follows/follow-target-ref";
import { FOLLOWER_COUNT_MINIMUM, shownFollowerCount } from "@/lib/follows/follower-counts";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  const all = {
    locale: "en",
    targetKind: "prisoner",
    targetKey: "aigul-serikova",
    email: "anna@example.org",
    cadence: "INSTANT",
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) data.set(name, value);
  return data;
}

describe("the follow form", () => {
  it("accepts an address, a cadence, the page's locale and a target", () => {
    const parsed = parseFollowForm(form({ cadence: "WEEKLY", locale: "ru", email: " a@b.org " }));
    expect(parsed).toMatchObject({
      success: true,
      honeypotFilled: false,
      data: {
        email: "a@b.org",
        cadence: "WEEKLY",
        locale: "ru",
        target: { kind: "prisoner", key: "aigul-serikova" },
      },
    });
  });

  it.each([
    ["", "required"],
    ["a".repeat(250) + "@b.org", "tooLong"],
    ["anna@exa\u202Emple.org", "controlCharacters"],
    ["not an address", "invalid"],
  ])("gives %j the error %s, keeping what was typed", (email, code) => {
    const parsed = parseFollowForm(form({ email }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.errors).toEqual({ email: code });
    expect(parsed.values.email).toBe(email);
    expect(parsed.formTampered).toBe(false);
  });

  it("asks for a cadence when the choice is missing or unknown", () => {
    const parsed = parseFollowForm(form({ cadence: "HOURLY" }));
    expect(parsed.success ? null : parsed.errors).toEqual({ cadence: "required" });
  });

  it("marks a form whose hidden target or locale was altered as tampered, with no field to blame", () => {
    const altered: Record<string, string>[] = [
      { targetKind: "user" },
      { targetKey: "../x" },
      { locale: "de" },
    ];
    for (const fields of altered) {
      const parsed = parseFollowForm(form(fields));
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect([parsed.formTampered, parsed.errors]).toEqual([true, {}]);
    }
  });

  it("notices a filled honeypot", () => {
    expect(parseFollowForm(form({ website: "https://spam.example" })).honeypotFilled).toBe(true);
  });
});

describe("follow targets in forms and addresses", () => {
  it("reads exactly one target from the /follow page's query", () => {
    expect(followTargetOfQuery({ country: "kz" })).toEqual({ kind: "country", key: "kz" });
    expect(followTargetOfQuery({ letter: "free-them" })).toEqual({
      kind: "letter",
      key: "free-them",
    });
    expect(followTargetOfQuery({ country: "kz", letter: "free-them" })).toBeNull();
    expect(followTargetOfQuery({ country: "KZ" })).toBeNull();
    expect(followTargetOfQuery({ prisoner: ["a", "b"] })).toBeNull();
    expect(followTargetOfQuery({})).toBeNull();
  });

  it("refuses keys no target can have before any query", () => {
    expect(isFollowTargetKey("prisoner", "ok-slug-1")).toBe(true);
    expect(isFollowTargetKey("prisoner", "Bad Slug")).toBe(false);
    expect(isFollowTargetKey("prisoner", "a\u0000b")).toBe(false);
    expect(isFollowTargetKey("country", "kaz")).toBe(false);
    expect(followTargetOfForm(form({ targetKind: "country", targetKey: "xf" }))).toEqual({
      kind: "country",
      key: "xf",
    });
  });
});

describe("follower counts on public pages", () => {
  it("show no number below the minimum, so that a small count cannot point at a person", () => {
    expect(FOLLOWER_COUNT_MINIMUM).toBe(10);
    expect(shownFollowerCount(0)).toBeNull();
    expect(shownFollowerCount(9)).toBeNull();
    expect(shownFollowerCount(10)).toBe(10);
    expect(shownFollowerCount(1240)).toBe(1240);
  });
});
