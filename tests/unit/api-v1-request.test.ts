import { describe, expect, it } from "vitest";
import { apiLocale } from "@/lib/api/api-locale";
import { decodeListCursor, encodeKeysetCursor, encodeListCursor } from "@/lib/api/list-cursor";
import { parsePrisonerListQuery } from "@/lib/api/prisoner-list-query";

/** How the open-data API reads a request: the locale, the cursor, the list's parameters. */
describe("the locale of an API answer", () => {
  it.each([
    [null, null, "en"],
    ["ru", "en", "ru"],
    ["", "ru", "ru"],
    [null, "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"],
    [null, "de-DE,de;q=0.9,ru;q=0.5,en;q=0.4", "ru"],
    [null, "en;q=0.2, ru;q=0.8", "ru"],
    [null, "ru;q=0, en;q=0.1", "en"],
    [null, "de, fr", "en"],
    [null, "*", "en"],
    [null, "RU", "ru"],
  ])("?locale=%s with Accept-Language %s is %s", (requested, header, locale) => {
    expect(apiLocale(requested, header)).toEqual({ ok: true, locale });
  });

  it("refuses a locale the site does not have", () => {
    expect(apiLocale("de", "ru")).toEqual({ ok: false, error: "locale must be one of en, ru." });
  });
});

describe("the list cursor", () => {
  it("gives back the offset it was made with, and is opaque", () => {
    for (const offset of [0, 1, 50, 99_950, 10_000_000]) {
      const cursor = encodeListCursor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor).not.toContain(String(offset));
      expect(decodeListCursor(cursor)).toEqual({ kind: "offset", offset });
    }
  });

  it("gives back the profile a keyset cursor continues after", () => {
    const cursor = encodeKeysetCursor("oleg-sentsov");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("sentsov");
    expect(decodeListCursor(cursor)).toEqual({ kind: "after", slug: "oleg-sentsov" });
  });

  it.each([
    "",
    "abc",
    "x".repeat(100),
    "o1:5",
    Buffer.from("o1:-5").toString("base64url"),
    Buffer.from("o1:05").toString("base64url"),
    Buffer.from("o2:5").toString("base64url"),
    Buffer.from("o1:99999999").toString("base64url"),
    "b2E6NQ==",
    Buffer.from("k1:Not A Slug").toString("base64url"),
    Buffer.from("k1:").toString("base64url"),
    Buffer.from(`k1:${"a".repeat(201)}`).toString("base64url"),
  ])("refuses %s, which it did not make", (cursor) => {
    expect(decodeListCursor(cursor)).toBeNull();
  });
});

describe("the parameters of GET /api/v1/prisoners", () => {
  const parse = (query: string) => parsePrisonerListQuery(new URLSearchParams(query));

  it("reads the directory's filters with a limit and a cursor", () => {
    expect(
      parse(`q=Sentsov&country=ru&status=detained&limit=10&cursor=${encodeListCursor(20)}`),
    ).toEqual({
      ok: true,
      query: { q: "Sentsov", page: 1, country: "RU", status: "detained" },
      position: { kind: "offset", offset: 20 },
      limit: 10,
    });
  });

  it("pages by 50 from the start by default", () => {
    expect(parse("locale=ru")).toEqual({
      ok: true,
      query: { q: "", page: 1 },
      position: { kind: "offset", offset: 0 },
      limit: 50,
    });
  });

  it.each([
    ["limit=0", "limit must be a whole number from 1 to 100."],
    ["limit=101", "limit must be a whole number from 1 to 100."],
    ["limit=1.5", "limit must be a whole number from 1 to 100."],
    ["cursor=nope", "cursor must be the nextCursor of an earlier answer."],
    ["cursor=a&cursor=b", "The parameter “cursor” is given twice."],
    ["page=3", "Unknown parameter “page”: use cursor."],
    ["sort=random", "sort must be one of relevance, name, arrest, detention."],
    [
      `q=x&cursor=${encodeKeysetCursor("oleg-sentsov")}`,
      "This cursor continues the listing without q, not a search.",
    ],
  ])("refuses %s", (query, error) => {
    expect(parse(query)).toEqual({ ok: false, error });
  });
});
