import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Absolute URLs in feeds use the configured public origin; lib/env reads it once.
vi.hoisted(() => {
  process.env.VIGIL_PUBLIC_URL = "https://vigil.example";
});

import { GET as publicationsFeed } from "@/app/[locale]/feed.xml/route";
import { GET as prisonerFeed } from "@/app/[locale]/(public)/prisoners/[slug]/feed.xml/route";
import { prisma } from "@/lib/db";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { routing } from "@/lib/i18n/routing";
import { ensureCountry } from "../fixtures/countries";
import { atomProblems } from "./atom-rules";

const P = "atom-feeds-";
const COUNTRY = "QF";

/**
 * Every route of the app that answers with an Atom document (lib/feeds/atom-response.ts), found
 * on disk, so that a new feed is not missed.
 */
function feedRoutesOnDisk(dir = path.join(process.cwd(), "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (!entry.isDirectory()) return [];
    const route = path.join(full, "route.ts");
    if (
      readdirSync(full).includes("route.ts") &&
      readFileSync(route, "utf8").includes("atomResponse")
    ) {
      return [path.relative(process.cwd(), full)];
    }
    return feedRoutesOnDisk(full);
  });
}

/** The feeds the site serves, one request each, with what each route needs. */
const FEEDS: Record<string, (locale: string) => Promise<Response>> = {
  "app/[locale]/feed.xml": (locale) =>
    publicationsFeed(new Request(`http://internal.host/${locale}/feed.xml`), {
      params: Promise.resolve({ locale }),
    }),
  "app/[locale]/(public)/prisoners/[slug]/feed.xml": (locale) =>
    prisonerFeed(new Request(`http://internal.host/${locale}/prisoners/${P}person/feed.xml`), {
      params: Promise.resolve({ locale, slug: `${P}person` }),
    }),
};

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qfland" } });
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `${P}person`,
      name: { en: "Atom Person", ru: "Человек Атом" },
      sortName: "Person Atom",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  for (const [index, type] of (["NEWS", "REPORT"] as const).entries()) {
    await prisma.publication.create({
      data: {
        slug: `${P}publication-${index}`,
        type,
        title: { en: `Atom <title> ${index} & more`, ru: `Атом ${index}` },
        summary: { en: "A summary with <markup> & an ampersand." },
        body: {},
        state: "PUBLISHED",
        publishedAt: new Date(),
        prisoners: { create: { prisonerId: prisoner.id } },
      },
    });
  }
  for (const [index, type] of (["ARREST", "TRANSFER"] as const).entries()) {
    await prisma.event.create({
      data: {
        id: `${P}event-${index}`,
        date: new Date(`2024-0${index + 1}-03T00:00:00Z`),
        type,
        text: { en: "What happened." },
        state: "PUBLISHED",
        prisoners: { create: { prisonerId: prisoner.id } },
      },
    });
  }
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
});

describe("the Atom feeds (RFC 4287)", () => {
  it("covers every feed route of the app", () => {
    expect(feedRoutesOnDisk().sort()).toEqual(Object.keys(FEEDS).sort());
  });

  for (const [route, fetchFeed] of Object.entries(FEEDS)) {
    for (const locale of routing.locales) {
      it(`${route} in ${locale} breaks none of the specification's rules`, async () => {
        const response = await fetchFeed(locale);
        expect(response.status).toBe(200);
        const xml = await response.text();

        expect(xml).toContain("<entry>");
        expect(atomProblems(xml)).toEqual([]);
        // The organisation is the feed's author, with its home page in the feed's language.
        expect(xml).toMatch(
          new RegExp(
            `<author>\\s*<name>Vigil</name>\\s*<uri>https://vigil.example/${locale}</uri>`,
          ),
        );
      });
    }
  }

  it("would refuse a feed with no author anywhere, a repeated id or a relative link", () => {
    const valid = renderAtomFeed(
      {
        title: "T",
        subtitle: "S",
        locale: "en",
        pagePath: "/en/news",
        feedPath: "/en/feed.xml",
        entries: ["a", "b"].map((id) => ({
          id: "urn:vigil:publication:same",
          title: id,
          summary: null,
          path: `/en/news/${id}`,
          published: "2024-01-01T00:00:00.000Z",
          updated: "2024-01-02T00:00:00.000Z",
        })),
      },
      "https://vigil.example",
    );
    const withoutAuthor = valid.replace(/<author>[\s\S]*?<\/author>/, "");
    const relative = valid.replace('href="https://vigil.example/en/news/a"', 'href="/en/news/a"');

    expect(atomProblems(valid)).toEqual([
      'entry 2: atom:id "urn:vigil:publication:same" repeats another entry\'s (4.1.1)',
    ]);
    expect(atomProblems(withoutAuthor)).toContain(
      "entry 1: no atom:author, and the feed has none (4.1.1, 4.1.2)",
    );
    expect(atomProblems(relative)).toContain(
      'entry 1: link href "/en/news/a" is not absolute (4.2.7.1)',
    );
  });
});
