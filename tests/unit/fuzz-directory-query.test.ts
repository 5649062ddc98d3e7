import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIRECTORY_QUERY_MAX_LENGTH, directorySearchParams } from "@/lib/search/directory-params";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { publicRoutes, withQuery } from "@/lib/routes";
import { DIRECTORY_PARAMETERS, fuzzOptions, hostileFieldValue } from "../fixtures/hostile-input";

/**
 * The directory's address (`/en/prisoners?q=…&country=…`) under random and hostile query
 * strings, as Next.js hands them to the page: strings, repeated parameters, missing ones.
 */

const searchParams = fc
  .tuple(
    fc.record(Object.fromEntries(DIRECTORY_PARAMETERS.map((name) => [name, hostileFieldValue])), {
      requiredKeys: [],
    }),
    fc.dictionary(fc.string({ maxLength: 8 }), hostileFieldValue, { maxKeys: 3 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

function wellFormed(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | string[] | undefined> {
  const fix = (value: string) => value.toWellFormed();
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      fix(key),
      typeof value === "string" ? fix(value) : value?.map(fix),
    ]),
  );
}

describe("fuzzing the directory query", () => {
  it("reads any query string without throwing, into a query of the expected shape", () => {
    fc.assert(
      fc.property(searchParams, (params) => {
        const query = parseDirectoryQuery(params);
        // The search text: no control or invisible format character, within the limit.
        expect(query.q).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(query.q.length).toBeLessThanOrEqual(DIRECTORY_QUERY_MAX_LENGTH);
        expect(query.q).toBe(query.q.trim());
        expect(Number.isInteger(query.page) && query.page >= 1 && query.page < 1_000_000).toBe(
          true,
        );
        if (query.country !== undefined) expect(query.country).toMatch(/^[A-Z]{2}$/);
        if (query.year !== undefined) expect(query.year).toBeGreaterThanOrEqual(1900);
        for (const key of ["charge", "affiliation", "tag"] as const) {
          if (query[key] !== undefined) expect(query[key]).toMatch(/^[A-Za-z0-9_-]{1,200}$/);
        }
        // Only known keys: nothing from the address leaks into the query object.
        for (const key of Object.keys(query)) expect([...DIRECTORY_PARAMETERS]).toContain(key);
      }),
      fuzzOptions(3_000),
    );
  }, 60_000);

  it("writes back an address that reads as the same query, with everything encoded", () => {
    fc.assert(
      // As from a real address: a URL decodes to well-formed text (no half surrogate pair).
      fc.property(searchParams.map(wellFormed), (params) => {
        const query = parseDirectoryQuery(params);
        // As the directory's links and its redirect build it.
        const written = withQuery(publicRoutes.prisoners(), directorySearchParams(query));
        // Safe to put in an href or a Location header as it is.
        expect(written).toMatch(/^\/prisoners(\?[A-Za-z0-9\-._~%+=&*]*)?$/);
        const again = parseDirectoryQuery(
          Object.fromEntries(new URL(written, "http://localhost").searchParams),
        );
        expect(again).toEqual(query);
        expect(directorySearchParams(again)).toEqual(directorySearchParams(query));
      }),
      fuzzOptions(3_000),
    );
  }, 60_000);
});
