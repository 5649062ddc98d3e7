import { describe, expect, it } from "vitest";
import { pageRange, pageWindow, parseKeysetRequest } from "@/lib/data/page-window";

describe("numbered pages", () => {
  it.each([
    // total, requested, size → page, pageCount, skip
    [2968, 3, 20, 3, 149, 40],
    [2968, 500, 20, 149, 149, 2960],
    [2968, 0, 20, 1, 149, 0],
    [2968, undefined, 20, 1, 149, 0],
    [2968, Number.NaN, 20, 1, 149, 0],
    [0, 4, 25, 1, 1, 0],
    [25, 2, 25, 1, 1, 0],
    [26, 2, 25, 2, 2, 25],
  ])(
    "%i rows, page %s of %i a page: page %i of %i, skipping %i",
    (total, requested, size, page, pageCount, skip) => {
      expect(pageWindow(total, requested, size)).toMatchObject({
        page,
        pageCount,
        skip,
        take: size,
      });
    },
  );

  it("says which rows a page shows: 41–60 of 2,968, and a short last page", () => {
    expect(pageRange({ total: 2968, page: 3, pageSize: 20 })).toEqual({ from: 41, to: 60 });
    expect(pageRange({ total: 2968, page: 149, pageSize: 20 })).toEqual({ from: 2961, to: 2968 });
    expect(pageRange({ total: 0, page: 1, pageSize: 20 })).toEqual({ from: 0, to: 0 });
  });
});

describe("keyset requests", () => {
  it("reads after, before and last, and ignores malformed cursors", () => {
    expect(parseKeysetRequest({ after: "clx1abc" })).toEqual({ kind: "after", id: "clx1abc" });
    expect(parseKeysetRequest({ before: "123" })).toEqual({ kind: "before", id: "123" });
    expect(parseKeysetRequest({ last: "1" })).toEqual({ kind: "last" });
    expect(parseKeysetRequest({ after: "1' OR 1=1" })).toEqual({ kind: "first" });
    expect(parseKeysetRequest({ after: "x".repeat(65) })).toEqual({ kind: "first" });
    expect(parseKeysetRequest({})).toEqual({ kind: "first" });
  });
});
