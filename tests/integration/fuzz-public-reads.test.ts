import fc from "fast-check";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { xml2js } from "xml-js";
import { GET as publicationsFeed } from "@/app/[locale]/feed.xml/route";
import { GET as prisonerFeed } from "@/app/[locale]/(public)/prisoners/[slug]/feed.xml/route";
import { searchPublishedPrisoners } from "@/lib/data/prisoner-directory";
import { prisma } from "@/lib/db";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import {
  DIRECTORY_PARAMETERS,
  fuzzOptions,
  hostileFieldValue,
  hostileText,
} from "../fixtures/hostile-input";
import { ensureCountry } from "../fixtures/countries";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The public reads that take what an address says: the directory's search and filters (every
 * query reaches PostgreSQL: full-text, trigram similarity, the suggestion) and the Atom feeds,
 * by locale and profile slug. No input may make them fail (a 500), and a feed is always
 * well-formed XML.
 */

const COUNTRY = "QH";
let publishedSlug = "";

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "fuzz-reads-country", name: { en: "Readland" } });
  publishedSlug = `fuzz-reads-${randomBytes(4).toString("hex")}`;
  // Markup and entities in the name, which the feed's title carries.
  await prisma.prisoner.create({
    data: {
      slug: publishedSlug,
      name: { en: `<b>Fuzz</b> & "Person" ]]>`, ru: "Фазз <i>Персона</i>" },
      sortName: "Fuzz Person",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "A summary with <script>alert(1)</script>." },
      state: "PUBLISHED",
    },
  });
});

const locale = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("en", "ru") },
  { weight: 1, arbitrary: hostileText },
);

describe("fuzzing the public reads", () => {
  it("the directory answers any query string", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          Object.fromEntries(DIRECTORY_PARAMETERS.map((name) => [name, hostileFieldValue])),
          {
            requiredKeys: [],
          },
        ),
        fc.constantFrom("en" as const, "ru" as const),
        async (params, pageLocale) => {
          const result = await searchPublishedPrisoners(parseDirectoryQuery(params), pageLocale);
          expect(result.total).toBeGreaterThanOrEqual(0);
        },
      ),
      fuzzOptions(1_000),
    );
  });

  it("the feeds answer any locale and slug with a feed or a 404, never an error", async () => {
    let feedsServed = 0;
    await fc.assert(
      fc.asyncProperty(
        locale,
        fc.oneof(fc.constant("(published)"), hostileText),
        async (localeValue, slugValue) => {
          const slug = slugValue === "(published)" ? publishedSlug : slugValue;
          const request = new Request("http://localhost/feed.xml");
          for (const response of [
            await publicationsFeed(request, { params: Promise.resolve({ locale: localeValue }) }),
            await prisonerFeed(request, {
              params: Promise.resolve({ locale: localeValue, slug }),
            }),
          ]) {
            expect([200, 404]).toContain(response.status);
            // xml-js parses strictly: a feed that is not well-formed XML throws here.
            if (response.status === 200) {
              feedsServed += 1;
              xml2js(await response.text(), { compact: false });
            }
          }
        },
      ),
      fuzzOptions(1_000),
    );
    expect(feedsServed).toBeGreaterThan(100);
  });
});
