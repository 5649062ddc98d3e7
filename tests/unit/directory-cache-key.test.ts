import { describe, expect, it } from "vitest";
import { directoryCacheKey } from "@/lib/search/directory-cache-key";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";

/** The cache key of the directory's read for an address's query string. */
const keyOf = (queryString: string) =>
  JSON.stringify(
    directoryCacheKey(parseDirectoryQuery(Object.fromEntries(new URLSearchParams(queryString)))),
  );

describe("the cache key of a directory search", () => {
  it("is one for the spellings the search folds alike: case, script, accents, punctuation", () => {
    const keys = new Set(
      [
        "q=Sentsov",
        "q=SENTSOV",
        "q=%D0%A1%D0%B5%D0%BD%D1%86%D0%BE%D0%B2", // Сенцов
        "q=Sentsov!",
        "q=S%C3%A9ntsov", // Séntsov
        "q=Sentsov&sort=relevance",
      ].map(keyOf),
    );

    expect(keys.size).toBe(1);
  });

  it("is one for the same filters whatever their order or case in the address", () => {
    expect(keyOf("country=ru&status=imprisoned&q=Oleg")).toBe(
      keyOf("q=oleg&status=IMPRISONED&country=RU"),
    );
  });

  it("differs for what the search tells apart: another spelling key, page, filter or order", () => {
    const keys = new Set(
      [
        "q=Sentsov",
        "q=Sentzov", // the same transliteration key, but prefixes compare the plain form
        "q=Sentsov&page=2",
        "q=Sentsov&country=ru",
        "q=Sentsov&sort=name",
        "q=Sents",
        "q=Oleg+Sentsov",
        "q=Sentsov+Oleg",
        "",
      ].map(keyOf),
    );

    expect(keys.size).toBe(9);
  });

  it("keeps text it cannot fold safely as typed", () => {
    expect(directoryCacheKey(parseDirectoryQuery({ q: "Søren" })).q).toBe("Søren");
    expect(directoryCacheKey(parseDirectoryQuery({ q: "!!!" })).q).toBe("!!!");
  });
});
