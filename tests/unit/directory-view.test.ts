import { describe, expect, it } from "vitest";
import {
  cleanDirectoryParams,
  DEFAULT_DIRECTORY_VIEW,
  directoryQueryOfView,
  directoryViewOf,
} from "@/lib/search/directory-view";

const viewOf = (search: string) => directoryViewOf(new URLSearchParams(search));

describe("the directory's cached page for an address", () => {
  it("is the default view for the plain listing", () => {
    expect(viewOf("")).toBe(DEFAULT_DIRECTORY_VIEW);
    expect(directoryQueryOfView(DEFAULT_DIRECTORY_VIEW)).toEqual({ q: "", page: 1 });
  });

  it("stands for the canonical query, whatever the parameters' order", () => {
    const view = viewOf("status=detained&q=Сенцов&country=ru&page=2");
    expect(view).not.toBeNull();
    expect(view).toBe(viewOf("country=ru&page=2&q=Сенцов&status=detained"));
    expect(view).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(directoryQueryOfView(view!)).toEqual({
      q: "Сенцов",
      country: "RU",
      status: "detained",
      page: 2,
    });
  });

  it("keeps the search as typed: spellings the cache folds together still get their own page", () => {
    expect(viewOf("q=Sentsov")).not.toBe(viewOf("q=sentsov"));
    expect(directoryQueryOfView(viewOf("q=Sentsov")!)?.q).toBe("Sentsov");
  });

  it("ignores the router's _rsc parameter", () => {
    expect(viewOf("q=ivanov&_rsc=1x2y3")).toBe(viewOf("q=ivanov"));
  });

  it.each([
    ["an empty field", "q=&country=kz"],
    ["a default written out", "page=1"],
    ["the default order written out", "q=ivanov&sort=relevance"],
    ["a value the page drops", "country=russia"],
    ["an unknown parameter", "q=ivanov&utm_source=x"],
    ["a repeated parameter", "q=ivanov&q=petrov"],
    ["a country in upper case", "country=RU"],
    ["untrimmed search text", "q=%20ivanov"],
  ])("is none for %s (the page rendered per request answers it)", (_case, search) => {
    expect(viewOf(search)).toBeNull();
  });

  it("is none for a query too long to name a cached page's file (255 bytes at most)", () => {
    const longest = `q=${encodeURIComponent("Ж".repeat(100))}&country=ru&status=detained`;
    expect(viewOf(longest)).toBeNull();
    const view = viewOf(`q=${encodeURIComponent("Ж".repeat(50))}&country=ru&status=detained`);
    expect(directoryQueryOfView(view!)?.q).toBe("Ж".repeat(50));
  });

  it("is not found for a view that is not its own query's", () => {
    const canonical = viewOf("q=ivanov")!;
    expect(directoryQueryOfView(canonical)).toEqual({ q: "ivanov", page: 1 });
    // The same query written another way, and things that are no query at all.
    const asView = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(directoryQueryOfView(asView({ page: "1" }))).toBeNull();
    expect(directoryQueryOfView(asView({}))).toBeNull();
    expect(directoryQueryOfView(asView({ q: " ivanov" }))).toBeNull();
    expect(directoryQueryOfView(asView({ country: "ru", q: "ivanov" }))).toBeNull();
    expect(directoryQueryOfView(asView(["q", "ivanov"]))).toBeNull();
    expect(directoryQueryOfView(asView({ q: 1 }))).toBeNull();
    expect(directoryQueryOfView(Buffer.from("q=ivanov").toString("base64url"))).toBeNull();
    expect(directoryQueryOfView("not/base64")).toBeNull();
    expect(directoryQueryOfView("a.b")).toBeNull();
  });
});

describe("the clean address a directory address is redirected to", () => {
  const cleanOf = (search: string) => cleanDirectoryParams(new URLSearchParams(search));

  it.each([
    [
      "a status and country as the issue linked them",
      "status=IMPRISONED&country=KZ",
      "country=kz&status=imprisoned",
    ],
    ["a form's empty fields", "q=&country=kz&tag=", "country=kz"],
    ["a default written out", "q=ivanov&page=1&sort=relevance", "q=ivanov"],
    ["untrimmed search text", "q=%20ivanov%20", "q=ivanov"],
    ["nothing but empty fields", "q=&country=", ""],
  ])("is the same query's clean one for %s", (_case, search, clean) => {
    const params = cleanOf(search);
    expect(params).not.toBeNull();
    expect(new URLSearchParams(params!).toString()).toBe(clean);
    // Which is served from a cached page: no second redirect.
    expect(viewOf(clean)).not.toBeNull();
    expect(cleanOf(clean)).toBeNull();
  });

  it.each([
    ["a clean address", "q=ivanov&country=ru"],
    ["a clean address in another order", "country=ru&q=ivanov"],
    ["the plain listing", ""],
    [
      "a clean query too long to name a cached page",
      `q=${encodeURIComponent("Ж".repeat(100))}&country=ru`,
    ],
    ["a value that is not valid", "country=russia"],
    ["an unknown parameter", "q=ivanov&utm_source=x"],
    ["a repeated parameter", "q=ivanov&q=petrov"],
    ["the router's own parameter", "status=IMPRISONED&_rsc=1x2y3"],
    ["the results route's locale", "q=ivanov&locale=en"],
  ])("is none for %s (no redirect: nothing the visitor wrote is dropped)", (_case, search) => {
    expect(cleanOf(search)).toBeNull();
  });
});
