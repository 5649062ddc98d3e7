import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { xml2js, type Element } from "xml-js";

// Absolute URLs use the configured public origin; lib/env reads it once.
vi.hoisted(() => {
  process.env.VIGIL_PUBLIC_URL = "https://vigil.example";
});

import { GET as getIndex } from "@/app/sitemap.xml/route";
import { GET as getFile } from "@/app/sitemaps/[file]/route";
import robots from "@/app/robots";
import { prisma } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { sitemapFileName } from "@/lib/sitemap/file-name";
import { listSitemapFiles, type SitemapLayout } from "@/lib/sitemap/sitemap-files";
import { sitemapFileResponse, sitemapIndexResponse } from "@/lib/sitemap/sitemap-responses";
import { ensureCountry } from "../fixtures/countries";

const SITE = "https://vigil.example";
const P = "sitemap-";
const COUNTRY = "QS";
/** Files of 4 addresses: 2 chunks of 2 rows. */
const SMALL: SitemapLayout = { rowsPerChunk: 2, chunksPerFile: 2 };
/** The protocol's limit of addresses per file. */
const MAX_URLS = 50_000;

/** Parses XML strictly (xml-js is sax-based and throws on malformed documents). */
function root(xml: string, name: string): Element {
  const document = xml2js(xml, { compact: false }) as Element;
  const element = document.elements?.find((child) => child.name === name);
  expect(element, name).toBeDefined();
  return element!;
}

function children(element: Element, name: string): Element[] {
  return (element.elements ?? []).filter((child) => child.name === name);
}

function text(element: Element, name: string): string | undefined {
  const child = children(element, name)[0];
  return child?.elements?.map((node) => String(node.text ?? "")).join("");
}

interface Entry {
  loc: string;
  lastmod: string | undefined;
  alternates: Record<string, string>;
}

async function urlset(response: Response): Promise<Entry[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  const set = root(await response.text(), "urlset");
  expect(set.attributes?.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return children(set, "url").map((url) => ({
    loc: text(url, "loc")!,
    lastmod: text(url, "lastmod"),
    alternates: Object.fromEntries(
      children(url, "xhtml:link").map((link) => [
        String(link.attributes?.hreflang),
        String(link.attributes?.href),
      ]),
    ),
  }));
}

async function index(response: Response): Promise<{ loc: string; lastmod?: string }[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  const sitemaps = children(root(await response.text(), "sitemapindex"), "sitemap");
  return sitemaps.map((entry) => ({ loc: text(entry, "loc")!, lastmod: text(entry, "lastmod") }));
}

function fileName(loc: string): string {
  expect(loc.startsWith(`${SITE}/sitemaps/`), loc).toBe(true);
  return loc.slice(`${SITE}/sitemaps/`.length);
}

/** Every public address, read here with the visibility rules spelled out, not imported. */
async function publicUrls(): Promise<Set<string>> {
  const [prisoners, publications, letters, countries] = await Promise.all([
    prisma.prisoner.findMany({ where: { state: "PUBLISHED" }, select: { slug: true } }),
    prisma.publication.findMany({
      where: { state: "PUBLISHED" },
      select: { slug: true, type: true },
    }),
    prisma.letter.findMany({ where: { state: { not: "DRAFT" } }, select: { slug: true } }),
    prisma.$queryRaw<{ code: string }[]>`
      SELECT DISTINCT "countryCode" AS code FROM "Prisoner"
      WHERE state = 'PUBLISHED'
        AND NOT (coalesce("redactedFields", '{}') && ARRAY['country', 'countryCode'])`,
  ]);
  const paths = [
    ...[
      publicRoutes.home(),
      publicRoutes.prisoners(),
      publicRoutes.countries(),
      publicRoutes.statistics(),
      publicRoutes.letters(),
      publicRoutes.news(),
      publicRoutes.reports(),
      publicRoutes.about(),
      publicRoutes.privacy(),
      publicRoutes.data(),
    ],
    ...prisoners.map((row) => publicRoutes.prisoner(row.slug)),
    ...publications.map((row) => publicRoutes.publication(row)),
    ...letters.map((row) => publicRoutes.letter(row.slug)),
    ...countries.map((row) => publicRoutes.country(row.code)),
  ];
  return new Set(
    paths.flatMap((path) => routing.locales.map((locale) => SITE + localized(locale, path))),
  );
}

/** Every file of the index with the small layout, and every address in them. */
async function readAll(layout: SitemapLayout) {
  const files = await index(await sitemapIndexResponse(layout));
  const byFile = new Map<string, Entry[]>();
  for (const file of files) {
    byFile.set(
      fileName(file.loc),
      await urlset(await sitemapFileResponse(fileName(file.loc), layout)),
    );
  }
  return { files, byFile, locs: [...byFile.values()].flat().map((entry) => entry.loc) };
}

// Later than any date another test file plants in the shared database (they run in parallel: one
// dated its profiles 2031 and was the newest public change), so that these two are the newest.
const WITHDRAWN_AT = new Date("2099-01-01T00:00:00.000Z");
const NEWEST_PUBLIC = new Date("2098-06-01T12:00:00.000Z");

async function createPrisoner(slug: string, state: "PUBLISHED" | "DRAFT", updatedAt: Date) {
  await prisma.prisoner.create({
    data: {
      slug: `${P}${slug}`,
      name: { en: `Sitemap ${slug}` },
      sortName: `Sitemap ${slug}`,
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state,
    },
  });
  // @updatedAt sets the column on every write: the dates under test are set afterwards.
  await prisma.$executeRaw`UPDATE "Prisoner" SET "updatedAt" = ${updatedAt} WHERE slug = ${P + slug}`;
}

async function publishedPrisonerCount() {
  return prisma.prisoner.count({ where: { state: "PUBLISHED" } });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "sitemap-land", name: { en: "Sitemap Land" } });
  for (const [index, slug] of ["a", "b", "c", "d", "e"].entries()) {
    await createPrisoner(slug, "PUBLISHED", new Date(Date.UTC(2029, 0, 1 + index)));
  }
  await createPrisoner("newest", "PUBLISHED", NEWEST_PUBLIC);
  await createPrisoner("draft", "DRAFT", WITHDRAWN_AT);
  // Published once, then withdrawn: the newest change of all, and never listed.
  await createPrisoner("withdrawn", "PUBLISHED", WITHDRAWN_AT);
  await prisma.prisoner.update({ where: { slug: `${P}withdrawn` }, data: { state: "ARCHIVED" } });
  await prisma.$executeRaw`UPDATE "Prisoner" SET "updatedAt" = ${WITHDRAWN_AT} WHERE slug = ${P + "withdrawn"}`;
  for (const state of ["PUBLISHED", "DRAFT"] as const) {
    await prisma.publication.create({
      data: {
        slug: `${P}${state.toLowerCase()}-news`,
        type: "NEWS",
        title: { en: `News ${state}` },
        summary: { en: "A summary." },
        body: {},
        state,
        publishedAt: new Date(),
      },
    });
  }
});

afterAll(async () => {
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
});

describe("the sitemap index", () => {
  it("is valid XML listing every file, each within 50,000 addresses, all on this site", async () => {
    const files = await index(await getIndex());
    const names = files.map((file) => fileName(file.loc));
    expect(names).toEqual(
      expect.arrayContaining(["pages-en-1.xml", "pages-ru-1.xml", "prisoners-en-1.xml"]),
    );
    expect(names).toEqual(expect.arrayContaining(["prisoners-ru-1.xml", "countries-ru-1.xml"]));
    expect(new Set(names).size).toBe(names.length);

    const locs: string[] = [];
    for (const name of names) {
      const entries = await urlset(
        await getFile(new Request(SITE), { params: Promise.resolve({ file: name }) }),
      );
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(MAX_URLS);
      locs.push(...entries.map((entry) => entry.loc));
    }
    expect(new Set(locs)).toEqual(await publicUrls());
  });

  it("gives each file the date of its newest change, never a withdrawn profile's", async () => {
    const files = await listSitemapFiles();
    const prisoners = files.find((file) => file.section === "prisoners" && file.locale === "en");
    const newest = await prisma.prisoner.aggregate({
      where: { state: "PUBLISHED" },
      _max: { updatedAt: true },
    });
    expect(newest._max.updatedAt).toEqual(NEWEST_PUBLIC);
    expect(prisoners?.lastModified).toBe(NEWEST_PUBLIC.toISOString());
    // The static pages show the newest content of any kind.
    const pages = files.find((file) => file.section === "pages");
    expect(String(pages?.lastModified) >= NEWEST_PUBLIC.toISOString()).toBe(true);
    expect(pages?.lastModified).not.toBe(WITHDRAWN_AT.toISOString());
  });

  it("answers 404 for a file it does not list", async () => {
    for (const name of ["prisoners-en-99999.xml", "secrets-en-1.xml", "prisoners-de-1.xml", "x"]) {
      const response = await getFile(new Request(SITE), {
        params: Promise.resolve({ file: name }),
      });
      expect(response.status, name).toBe(404);
    }
  });
});

describe("sitemap files cut small", () => {
  it("split at the boundary: the union is every public address once, with alternates", async () => {
    const { files, byFile, locs } = await readAll(SMALL);

    expect(locs.length).toBe(new Set(locs).size);
    expect(new Set(locs)).toEqual(await publicUrls());
    for (const [name, entries] of byFile) {
      expect(entries.length, name).toBeLessThanOrEqual(4);
      expect(entries.length, name).toBeGreaterThan(0);
    }
    const published = await publishedPrisonerCount();
    const prisonerFiles = files.filter((file) => fileName(file.loc).startsWith("prisoners-en-"));
    expect(prisonerFiles.length).toBe(Math.ceil(published / 4));
    for (const file of prisonerFiles.slice(0, -1))
      expect(byFile.get(fileName(file.loc))).toHaveLength(4);

    const entry = [...byFile.values()]
      .flat()
      .find((candidate) => candidate.loc === `${SITE}/ru/prisoners/${P}newest`);
    expect(entry?.alternates).toEqual({
      en: `${SITE}/en/prisoners/${P}newest`,
      ru: `${SITE}/ru/prisoners/${P}newest`,
    });
    expect(entry?.lastmod).toBe(NEWEST_PUBLIC.toISOString());
  });

  it("lists no draft or withdrawn profile and no draft publication", async () => {
    const { locs } = await readAll(SMALL);
    expect(locs).toContain(`${SITE}/en/prisoners/${P}a`);
    expect(locs).toContain(`${SITE}/en/news/${P}published-news`);
    for (const hidden of [`prisoners/${P}draft`, `prisoners/${P}withdrawn`, `${P}draft-news`]) {
      expect(
        locs.some((loc) => loc.includes(hidden)),
        hidden,
      ).toBe(false);
    }
  });

  it("dates each file by its newest page", async () => {
    const { files, byFile } = await readAll(SMALL);
    for (const file of files) {
      const entries = byFile.get(fileName(file.loc))!;
      const dates = entries.map((entry) => entry.lastmod).filter((date) => date !== undefined);
      if (fileName(file.loc).startsWith("pages-")) continue;
      expect(file.lastmod, file.loc).toBe(dates.toSorted().at(-1));
    }
  });

  it("opens a new file when one more profile crosses the boundary", async () => {
    // Fill the last file exactly (as the sitemap itself counts: other files publish and remove
    // profiles in the same database meanwhile), then add one more.
    let full = await steadyPrisonerFiles();
    for (let index = 0; urlCount(full) % 4 !== 0; index++) {
      expect(index, "the profiles kept changing").toBeLessThan(40);
      await createPrisoner(`fill-${index}`, "PUBLISHED", new Date(Date.UTC(2028, 0, 1)));
      full = await steadyPrisonerFiles();
    }
    expect(full.length).toBe(urlCount(full) / 4);
    for (const file of full) expect(file.locs, file.name).toHaveLength(4);

    let grown = full;
    for (let index = 0; urlCount(grown) % 4 !== 1; index++) {
      expect(index, "the profiles kept changing").toBeLessThan(40);
      await createPrisoner(
        `zz-after-boundary-${index}`,
        "PUBLISHED",
        new Date(Date.UTC(2028, 0, 2)),
      );
      grown = await steadyPrisonerFiles();
    }
    expect(grown.length).toBe((urlCount(grown) - 1) / 4 + 1);
    for (const file of grown.slice(0, -1)) expect(file.locs, file.name).toHaveLength(4);
    expect(grown.at(-1)!.locs).toHaveLength(1);
    const locs = grown.flatMap((file) => file.locs);
    expect(locs).toContain(`${SITE}/en/prisoners/${P}zz-after-boundary-0`);
    expect(locs.length).toBe(new Set(locs).size);
  });
});

/**
 * The English prisoner files of the small layout, as the index lists them (name, URL count) and
 * as they read, from a moment in which no other test file changed the published profiles: read
 * until the index is the same before and after reading the files.
 */
async function steadyPrisonerFiles(): Promise<{ name: string; urls: number; locs: string[] }[]> {
  const listed = async () =>
    (await listSitemapFiles(SMALL))
      .filter((file) => file.section === "prisoners" && file.locale === "en")
      .map((file) => ({ name: sitemapFileName(file), urls: file.urls, at: file.lastModified }));
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = await listed();
    const read = [];
    for (const file of before) {
      const entries = await urlset(await sitemapFileResponse(file.name, SMALL));
      read.push({ name: file.name, urls: file.urls, locs: entries.map((entry) => entry.loc) });
    }
    if (isDeepStrictEqual(before, await listed())) {
      for (const file of read) expect(file.locs, file.name).toHaveLength(file.urls);
      return read;
    }
  }
  throw new Error("The published profiles kept changing while the sitemap was read.");
}

function urlCount(files: { urls: number }[]): number {
  return files.reduce((sum, file) => sum + file.urls, 0);
}

describe("robots.txt", () => {
  it("names the sitemap index", () => {
    expect(robots().sitemap).toBe(`${SITE}/sitemap.xml`);
  });
});
