import { describe, expect, it } from "vitest";
import { visiblePages } from "@/components/layout/page-numbers";
import {
  DIRECTORY_QUERY_MAX_LENGTH,
  directorySearchParams,
  effectiveSort,
  hasDirectoryFilters,
} from "@/lib/search/directory-params";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { publicRoutes, withQuery } from "@/lib/routes";

/** The directory's address for a query, as its links and its redirect build it. */
const directoryHref = (query: Parameters<typeof directorySearchParams>[0]) =>
  withQuery(publicRoutes.prisoners(), directorySearchParams(query));

describe("reading the directory's address", () => {
  it("gives an empty search on page 1 for a bare address", () => {
    expect(parseDirectoryQuery({})).toEqual({ q: "", page: 1 });
  });

  it("reads the search, every filter, the order and the page", () => {
    expect(
      parseDirectoryQuery({
        q: "  Oleg   Sentsov ",
        country: "ru",
        status: "pretrial-detention",
        charge: "cm3x1abc",
        affiliation: "open-russia",
        tag: "torture-reported",
        year: "2014",
        sort: "detention",
        page: "3",
      }),
    ).toEqual({
      q: "Oleg Sentsov",
      country: "RU",
      status: "PRETRIAL_DETENTION",
      charge: "cm3x1abc",
      affiliation: "open-russia",
      tag: "torture-reported",
      year: 2014,
      sort: "detention",
      page: 3,
    });
  });

  it("understands the enum spelling of a status and the 'detained' group", () => {
    expect(parseDirectoryQuery({ status: "IMPRISONED" }).status).toBe("IMPRISONED");
    expect(parseDirectoryQuery({ status: "Detained" }).status).toBe("detained");
  });

  it("drops values that do not parse instead of failing", () => {
    expect(
      parseDirectoryQuery({
        country: "Russia",
        status: "free",
        charge: '\'; DROP TABLE "Prisoner" --',
        affiliation: "Open Russia",
        tag: "../etc",
        year: "20x4",
        sort: "random",
        page: "-2",
      }),
    ).toEqual({ q: "", page: 1 });
  });

  it("falls back to page 1 for a page that is not a positive integer", () => {
    for (const page of ["0", "1.5", "abc", "9999999", ""]) {
      expect(parseDirectoryQuery({ page }).page).toBe(1);
    }
  });

  it("keeps the first value of a repeated parameter", () => {
    expect(parseDirectoryQuery({ q: ["Sentsov", "Kolchenko"], country: ["kz", "ru"] })).toEqual({
      q: "Sentsov",
      country: "KZ",
      page: 1,
    });
  });

  it("keeps the search text as typed, quotes and SQL-looking words included", () => {
    expect(parseDirectoryQuery({ q: `O'Brien"; DROP TABLE x; --` }).q).toBe(
      `O'Brien"; DROP TABLE x; --`,
    );
  });

  it("drops invisible characters and turns pasted line breaks into spaces", () => {
    expect(parseDirectoryQuery({ q: "Sent\u00adsov\u200b\nOleg\t" }).q).toBe("Sentsov Oleg");
  });

  it(`cuts the search text at ${DIRECTORY_QUERY_MAX_LENGTH} characters`, () => {
    expect(parseDirectoryQuery({ q: "a".repeat(500) }).q).toHaveLength(DIRECTORY_QUERY_MAX_LENGTH);
  });

  it("ignores years outside any plausible arrest", () => {
    expect(parseDirectoryQuery({ year: "1200" }).year).toBeUndefined();
  });
});

describe("the order that applies", () => {
  it("is best match first when searching and alphabetical otherwise", () => {
    expect(effectiveSort({ q: "sentsov" })).toBe("relevance");
    expect(effectiveSort({ q: "" })).toBe("name");
  });

  it("is alphabetical when best match is asked for without a search", () => {
    expect(effectiveSort({ q: "", sort: "relevance" })).toBe("name");
  });

  it("is the chosen one otherwise", () => {
    expect(effectiveSort({ q: "sentsov", sort: "detention" })).toBe("detention");
  });
});

describe("writing the directory's address", () => {
  it("leaves out empty values and defaults", () => {
    expect(directoryHref({ q: "", page: 1, sort: "name" })).toBe("/prisoners");
    expect(directoryHref({ q: "sentsov", sort: "relevance", page: 1 })).toBe(
      "/prisoners?q=sentsov",
    );
  });

  it("writes every filter in the address form the form uses", () => {
    expect(
      directorySearchParams({
        q: "Джакишев",
        country: "KZ",
        status: "RELEASED_ON_PAROLE",
        year: 2009,
        sort: "arrest",
        page: 2,
      }),
    ).toEqual({
      q: "Джакишев",
      country: "kz",
      status: "released-on-parole",
      year: "2009",
      sort: "arrest",
      page: "2",
    });
  });

  it("round-trips through the parser", () => {
    const query = parseDirectoryQuery({
      q: "Oleg Sentsov",
      country: "ru",
      status: "detained",
      tag: "crimea",
      sort: "name",
      page: "2",
    });
    expect(parseDirectoryQuery(directorySearchParams(query))).toEqual(query);
  });

  it("encodes what the visitor typed", () => {
    expect(directoryHref({ q: "a&b=c #d", page: 1 })).toBe("/prisoners?q=a%26b%3Dc+%23d");
  });
});

describe("whether a query filters", () => {
  it("counts filters, not the search text or the order", () => {
    expect(hasDirectoryFilters(parseDirectoryQuery({ q: "x", sort: "arrest" }))).toBe(false);
    expect(hasDirectoryFilters(parseDirectoryQuery({ year: "2014" }))).toBe(true);
  });
});

describe("the page numbers shown", () => {
  it("shows every page of a short list", () => {
    expect(visiblePages(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("shows the ends and the neighbourhood of the current page, with gaps", () => {
    expect(visiblePages(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(visiblePages(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
});
