import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCountryOverview, listCountriesWithPrisoners } from "@/lib/data/countries";
import { getPublicLetterBySlug, listPublicLetters } from "@/lib/data/letters";
import {
  getPublicationFilterOptions,
  searchPublishedPublications,
} from "@/lib/data/publication-search";
import { getPublishedPublicationBySlug } from "@/lib/data/publications";
import { getPrisonerStatistics } from "@/lib/data/statistics";
import type { Prisma, PrisonerStatus, PublicationState } from "@/lib/generated/prisma/client";
import { InvalidStorageKeyError, LocalFileStorage } from "@/lib/storage";
import { serveMediaFile } from "@/lib/storage/media-response";
import { parsePublicationQuery } from "@/lib/validation/publication-filters";
import { insertPrisoner } from "../fixtures/prisoners";

/**
 * Rows of this file live in two countries of their own ("QX", "QY": ISO codes reserved for user
 * assignment, so no real country and no other test uses them) and carry the prefix below; global
 * figures are compared before and after they are added, since other files share the database.
 */
const P = "ppd-";
const NEWS = ["NEWS", "STATEMENT"] as const;

async function createPrisoner(data: {
  slug: string;
  status: PrisonerStatus;
  state?: PublicationState;
  countryCode?: string;
  arrestedOn?: string;
  redactedFields?: string[];
}) {
  const row = { slug: `${P}${data.slug}`, label: data.slug, countryCode: data.countryCode ?? "QX" };
  return insertPrisoner(row, {
    status: data.status,
    state: data.state ?? "PUBLISHED",
    arrestedOn: data.arrestedOn ? new Date(`${data.arrestedOn}T00:00:00Z`) : null,
    // Left out when not given: the column is then NULL, as on rows written before redaction.
    redactedFields: data.redactedFields,
  });
}

async function createPublication(data: {
  slug: string;
  type: "NEWS" | "STATEMENT" | "REPORT";
  state?: PublicationState;
  publishedOn?: string;
  countryCodes?: string[];
  prisonerIds?: string[];
}) {
  return prisma.publication.create({
    data: {
      slug: `${P}${data.slug}`,
      type: data.type,
      title: { en: `Publication ${data.slug}` },
      summary: { en: "Its summary." },
      body: {},
      state: data.state ?? "PUBLISHED",
      publishedOn: data.publishedOn ? new Date(`${data.publishedOn}T00:00:00Z`) : null,
      countries: { create: (data.countryCodes ?? []).map((countryCode) => ({ countryCode })) },
      prisoners: { create: (data.prisonerIds ?? []).map((prisonerId) => ({ prisonerId })) },
    },
    select: { id: true, slug: true },
  });
}

type Statistics = Awaited<ReturnType<typeof getPrisonerStatistics>>;
let before: Statistics;
let prisonerIds: Record<string, string> = {};
let articleId: string;

beforeAll(async () => {
  await prisma.country.createMany({
    data: [
      { code: "QX", slug: `${P}qx`, name: { en: "Questland", ru: "Квестландия" } },
      { code: "QY", slug: `${P}qy`, name: { en: "Otherland" } },
    ],
  });
  before = await getPrisonerStatistics("en");

  const created = await Promise.all([
    createPrisoner({ slug: "a", status: "IMPRISONED", arrestedOn: "1901-03-04" }),
    createPrisoner({ slug: "b", status: "PRETRIAL_DETENTION", arrestedOn: "1901-11-20" }),
    createPrisoner({ slug: "c", status: "RELEASED" }),
    createPrisoner({
      slug: "draft",
      status: "IMPRISONED",
      state: "DRAFT",
      arrestedOn: "1901-01-01",
    }),
    createPrisoner({ slug: "archived", status: "IMPRISONED", state: "ARCHIVED" }),
    // Published, but the editors withheld the country, the date of arrest and the cases.
    createPrisoner({
      slug: "hidden",
      status: "IMPRISONED",
      arrestedOn: "1901-05-05",
      redactedFields: ["country", "arrestedOn", "cases"],
    }),
  ]);
  prisonerIds = Object.fromEntries(created.map((row) => [row.slug.slice(P.length), row.id]));

  const article = await prisma.criminalCodeArticle.create({
    data: {
      countryCode: "QX",
      code: "Criminal Code of Questland",
      codeName: { en: "Criminal Code of Questland" },
      article: "999",
      part: "2",
      title: { en: "Asking questions" },
    },
  });
  articleId = article.id;
  // Two published people charged, one of them in two cases; a draft and a withheld one too.
  for (const [slug, cases] of [
    ["a", 2],
    ["b", 1],
    ["draft", 1],
    ["hidden", 1],
  ] as const) {
    for (let index = 0; index < cases; index++) {
      await prisma.case.create({
        data: {
          prisonerId: prisonerIds[slug]!,
          countryCode: "QX",
          stage: "TRIAL",
          charges: { create: { articleId } },
        },
      });
    }
  }
});

afterAll(async () => {
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.letter.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.criminalCodeArticle.deleteMany({ where: { countryCode: { in: ["QX", "QY"] } } });
  await prisma.mediaAsset.deleteMany({ where: { storageKey: { startsWith: P } } });
  await prisma.country.deleteMany({ where: { code: { in: ["QX", "QY"] } } });
});

describe("statistics", () => {
  it("count published prisoners only, by country, status, year of arrest and charge", async () => {
    const after = await getPrisonerStatistics("en");

    // a, b, c and the one whose country is withheld; never the draft or the archived profile.
    expect(after.documented - before.documented).toBe(4);
    // a, b and the withheld-country one are deprived of liberty.
    expect(after.detained - before.detained).toBe(3);

    const questland = after.byCountry.find((row) => row.code === "QX");
    expect(questland).toMatchObject({
      name: { text: "Questland" },
      documented: 3,
      detained: 2,
    });

    const statusDelta = (status: PrisonerStatus) =>
      (after.byStatus.find((row) => row.status === status)?.count ?? 0) -
      (before.byStatus.find((row) => row.status === status)?.count ?? 0);
    expect(statusDelta("IMPRISONED")).toBe(2);
    expect(statusDelta("PRETRIAL_DETENTION")).toBe(1);
    expect(statusDelta("RELEASED")).toBe(1);

    // 1901 holds a and b; the draft's and the withheld date of arrest are not counted in it.
    expect(after.byArrestYear.find((row) => row.year === 1901)?.count).toBe(2);
    const unknown = (stats: Statistics) =>
      stats.byArrestYear.find((row) => row.year === null)?.count ?? 0;
    expect(unknown(after) - unknown(before)).toBe(2);

    // Each charged person counts once, whatever the number of their cases.
    expect(after.byCharge.find((row) => row.articleId === articleId)).toMatchObject({
      countryCode: "QX",
      article: "999",
      part: "2",
      title: { text: "Asking questions" },
      count: 2,
    });
  });

  it("resolve names in the reader's language with the English fallback", async () => {
    const ru = await getPrisonerStatistics("ru");
    expect(ru.byCountry.find((row) => row.code === "QX")?.name).toEqual({
      text: "Квестландия",
      lang: "ru",
      isFallback: false,
    });
    expect(ru.byCharge.find((row) => row.articleId === articleId)?.title).toMatchObject({
      text: "Asking questions",
      isFallback: true,
    });
  });
});

describe("countries", () => {
  it("lists a country with published prisoners and its figures", async () => {
    const countries = await listCountriesWithPrisoners("en");

    expect(countries.find((row) => row.code === "QX")).toMatchObject({
      documented: 3,
      detained: 2,
    });
    // QY has no prisoner: it is not in the index.
    expect(countries.some((row) => row.code === "QY")).toBe(false);
  });

  it("give a country page its figures by status and only its published, country-visible prisoners", async () => {
    const overview = await getCountryOverview("qx", "en");

    expect(overview).toMatchObject({ code: "QX", documented: 3, detained: 2 });
    expect(overview?.byStatus).toEqual([
      { status: "PRETRIAL_DETENTION", count: 1 },
      { status: "IMPRISONED", count: 1 },
      { status: "RELEASED", count: 1 },
    ]);
    expect(overview?.prisoners.map((prisoner) => prisoner.slug).sort()).toEqual(
      [`${P}a`, `${P}b`, `${P}c`].sort(),
    );
  });

  it("have no page for an unknown country or one nothing public refers to", async () => {
    expect(await getCountryOverview("qz", "en")).toBeNull();
    expect(await getCountryOverview("qy", "en")).toBeNull();
  });
});

describe("publication lists", () => {
  beforeAll(async () => {
    await Promise.all([
      createPublication({
        slug: "news-1902",
        type: "NEWS",
        publishedOn: "1902-06-01",
        countryCodes: ["QX"],
        prisonerIds: [prisonerIds.a!],
      }),
      createPublication({
        slug: "statement-1903",
        type: "STATEMENT",
        publishedOn: "1903-02-01",
        countryCodes: ["QX", "QY"],
      }),
      createPublication({ slug: "undated", type: "NEWS", countryCodes: ["QY"] }),
      createPublication({
        slug: "report-1902",
        type: "REPORT",
        publishedOn: "1902-09-09",
        countryCodes: ["QX"],
      }),
      createPublication({
        slug: "draft-news",
        type: "NEWS",
        state: "DRAFT",
        publishedOn: "1902-07-01",
        countryCodes: ["QX"],
        prisonerIds: [prisonerIds.a!],
      }),
      createPublication({
        slug: "about-a-draft-person",
        type: "NEWS",
        publishedOn: "1904-01-01",
        prisonerIds: [prisonerIds.draft!],
      }),
    ]);
  });

  const slugs = (result: { items: { slug: string }[] }) =>
    result.items.map((item) => item.slug.slice(P.length));

  it("filter by country, newest first, without drafts or other sections' types", async () => {
    const result = await searchPublishedPublications({
      locale: "en",
      types: NEWS,
      filters: { country: "QX" },
      page: 1,
    });
    expect(slugs(result)).toEqual(["statement-1903", "news-1902"]);
    expect(result.total).toBe(2);
  });

  it("filter by year, type and prisoner, and combine the filters", async () => {
    const search = (filters: Parameters<typeof searchPublishedPublications>[0]["filters"]) =>
      searchPublishedPublications({ locale: "en", types: NEWS, filters, page: 1 }).then(slugs);

    expect(await search({ country: "QX", year: 1902 })).toEqual(["news-1902"]);
    expect(await search({ country: "QX", type: "STATEMENT" })).toEqual(["statement-1903"]);
    expect(await search({ prisoner: `${P}a` })).toEqual(["news-1902"]);
    // A draft person's publications cannot be looked up through the person.
    expect(await search({ prisoner: `${P}draft` })).toEqual([]);
    // A type of another section matches nothing rather than leaking reports into the news.
    expect(await search({ country: "QX", type: "REPORT" })).toEqual([]);
  });

  it("offer only the values that occur among the section's published publications", async () => {
    const options = await getPublicationFilterOptions({ locale: "en", types: NEWS });

    expect(options.countries.map((country) => country.code)).toEqual(
      expect.arrayContaining(["QX", "QY"]),
    );
    expect(options.years).toEqual(expect.arrayContaining([1902, 1903, 1904]));
    expect(options.prisoners.map((prisoner) => prisoner.slug)).toContain(`${P}a`);
    expect(options.prisoners.map((prisoner) => prisoner.slug)).not.toContain(`${P}draft`);
    // Years are newest first.
    expect([...options.years].sort((a, b) => b - a)).toEqual(options.years);
  });

  it("show a publication with the published prisoners it concerns, and no draft", async () => {
    const publication = await getPublishedPublicationBySlug({
      slug: `${P}news-1902`,
      types: NEWS,
      locale: "ru",
    });
    expect(publication?.prisoners).toEqual([
      { slug: `${P}a`, name: { text: "Человек a", lang: "ru", isFallback: false } },
    ]);
    expect(publication?.title).toMatchObject({ lang: "en", isFallback: true });

    const draft = await getPublishedPublicationBySlug({
      slug: `${P}draft-news`,
      types: NEWS,
      locale: "en",
    });
    expect(draft).toBeNull();
    // A report is not found under the news.
    const report = await getPublishedPublicationBySlug({
      slug: `${P}report-1902`,
      types: NEWS,
      locale: "en",
    });
    expect(report).toBeNull();
  });
});

describe("the publication filters in the query string", () => {
  it("keep valid values and drop the rest without failing", () => {
    expect(
      parsePublicationQuery({
        country: "kz",
        year: "2020",
        type: "NEWS",
        prisoner: "oleg-sentsov",
      }),
    ).toEqual({
      filters: { country: "KZ", year: 2020, type: "NEWS", prisoner: "oleg-sentsov" },
      page: 1,
    });
    expect(
      parsePublicationQuery({ country: "Kazakhstan", year: "20x", type: "poem", prisoner: "../" }),
    ).toEqual({ filters: {}, page: 1 });
    expect(parsePublicationQuery({ country: "", year: "" })).toEqual({ filters: {}, page: 1 });
  });

  it("refuse a page that is not a positive integer", () => {
    expect(parsePublicationQuery({ page: "2" }).page).toBe(2);
    expect(parsePublicationQuery({ page: "0" }).page).toBeNull();
    expect(parsePublicationQuery({ page: "abc" }).page).toBeNull();
  });
});

describe("letters", () => {
  let letterId: string;

  beforeAll(async () => {
    const letter = await prisma.letter.create({
      data: {
        slug: `${P}petition`,
        kind: "PETITION",
        state: "OPEN",
        title: { en: "A petition", ru: "Петиция" },
        addresseeName: { en: "The Ruler" },
        goal: 100,
        sentOn: new Date("1905-05-05T00:00:00Z"),
        countries: { create: [{ countryCode: "QX" }] },
        prisoners: { create: [{ prisonerId: prisonerIds.a! }, { prisonerId: prisonerIds.draft! }] },
        notableSignatories: {
          create: ["Ada", "Ben", "Cleo", "Dan", "Eve"].map((name, position) => ({
            name,
            position,
            office: { en: "Senator", ru: "Сенатор" },
            countryCode: position === 0 ? "QY" : null,
            verifiedAt: new Date("1905-05-01T00:00:00Z"),
          })),
        },
        counterShards: {
          create: [
            { shard: 0, confirmed: 3 },
            { shard: 5, confirmed: 4 },
          ],
        },
        deliveries: {
          create: {
            deliveredOn: new Date("1905-06-01T00:00:00Z"),
            recipient: "The Ruler's office",
            method: "POST",
            response: { en: "No comment." },
          },
        },
      },
    });
    letterId = letter.id;
    const version = await prisma.letterVersion.create({
      data: {
        letterId,
        number: 1,
        title: { en: "A petition" },
        body: {
          en: {
            type: "doc",
            content: [{ type: "paragraph", content: [{ type: "text", text: "Free them." }] }],
          },
        } satisfies Prisma.InputJsonValue,
      },
    });
    await prisma.letter.update({ where: { id: letterId }, data: { currentVersionId: version.id } });
    await prisma.letter.create({
      data: {
        slug: `${P}draft-letter`,
        kind: "OPEN_LETTER",
        state: "DRAFT",
        title: { en: "Not yet" },
        addresseeName: { en: "Someone" },
        countries: { create: [{ countryCode: "QX" }] },
      },
    });
  });

  it("list a letter with its confirmed signatures summed over the shards and its notable signatories", async () => {
    const letters = await listPublicLetters({ locale: "en", countryCode: "QX" });

    expect(letters.map((letter) => letter.slug)).toEqual([`${P}petition`]);
    expect(letters[0]).toMatchObject({
      signatureCount: 7,
      goal: 100,
      notableSignatoryCount: 5,
      notableSignatoryNames: ["Ada", "Ben", "Cleo"],
    });
  });

  it("show a letter's text, all notable signatories, published prisoners and delivery", async () => {
    const letter = await getPublicLetterBySlug(`${P}petition`, "ru");

    expect(letter?.signatureCount).toBe(7);
    expect(letter?.notableSignatories).toHaveLength(5);
    expect(letter?.notableSignatories[0]).toEqual({
      name: "Ada",
      office: { text: "Сенатор", lang: "ru", isFallback: false },
      country: { code: "QY", name: { text: "Otherland", lang: "en", isFallback: true } },
    });
    expect(letter?.body?.doc).toMatchObject({ type: "doc" });
    // The draft person the letter also names stays out.
    expect(letter?.prisoners.map((prisoner) => prisoner.slug)).toEqual([`${P}a`]);
    expect(letter?.deliveries).toEqual([
      {
        deliveredOn: { iso: "1905-06-01", precision: "DAY" },
        recipient: "The Ruler's office",
        method: "POST",
        note: null,
        responseReceivedOn: null,
        response: { text: "No comment.", lang: "en", isFallback: true },
      },
    ]);
  });

  it("never show a draft letter", async () => {
    expect(await getPublicLetterBySlug(`${P}draft-letter`, "en")).toBeNull();
  });
});

describe("the media download route", () => {
  let root: string;
  let storage: LocalFileStorage;
  const pdf = Buffer.from("%PDF-1.7\n% a test file\n");
  const assets: Record<string, string> = {};

  async function asset(name: string, data: Partial<Prisma.MediaAssetCreateInput> = {}) {
    const storageKey = `${P}${name}`;
    await storage.write(storageKey, pdf);
    const row = await prisma.mediaAsset.create({
      data: {
        kind: "PDF",
        storageKey,
        mimeType: "application/pdf",
        byteSize: pdf.length,
        sha256: `sha-${name}`,
        originalFilename: `Report ${name}.pdf`,
        ...data,
      },
    });
    assets[name] = row.id;
    return row.id;
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "vigil-media-"));
    storage = new LocalFileStorage(root);
    const published = await createPublication({ slug: "with-files", type: "REPORT" });
    const draft = await createPublication({
      slug: "draft-with-file",
      type: "REPORT",
      state: "DRAFT",
    });
    await prisma.publicationAttachment.create({
      data: { publicationId: published.id, assetId: await asset("published") },
    });
    await prisma.publicationAttachment.create({
      data: { publicationId: draft.id, assetId: await asset("draft") },
    });
    await prisma.publicationAttachment.create({
      data: {
        publicationId: published.id,
        assetId: await asset("disguised", { mimeType: "text/html" }),
      },
    });
    await asset("orphan");
    const cover = await asset("cover", {
      kind: "IMAGE",
      mimeType: "image/png",
      originalFilename: "cover.png",
    });
    await prisma.publication.update({ where: { id: published.id }, data: { coverImageId: cover } });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("serves a PDF of a published publication as a download that is never sniffed", async () => {
    const response = await serveMediaFile(assets.published!, storage);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Report-published\.pdf"/,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/max-age=31536000/);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });

  it("refuses a file of a draft publication, and a file attached to nothing", async () => {
    expect((await serveMediaFile(assets.draft!, storage)).status).toBe(404);
    expect((await serveMediaFile(assets.orphan!, storage)).status).toBe(404);
    expect((await serveMediaFile("no-such-asset", storage)).status).toBe(404);
  });

  it("serves the cover image of a published publication inline", async () => {
    const response = await serveMediaFile(assets.cover!, storage);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("never serves a stored type that does not fit the asset's kind as that type", async () => {
    const response = await serveMediaFile(assets.disguised!, storage);

    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("answers 304 when the browser already has the file", async () => {
    const first = await serveMediaFile(assets.published!, storage);
    const again = await serveMediaFile(assets.published!, storage, first.headers.get("etag"));

    expect(again.status).toBe(304);
  });

  it("shows the files on the publication's page with links to the route", async () => {
    const publication = await getPublishedPublicationBySlug({
      slug: `${P}with-files`,
      types: ["REPORT"],
      locale: "en",
    });

    expect(publication?.attachments[0]).toMatchObject({
      id: assets.published,
      filename: "Report-published.pdf",
      href: `/api/media/${assets.published}/Report-published.pdf`,
      byteSize: pdf.length,
    });
    expect(publication?.cover?.href).toBe(`/api/media/${assets.cover}/cover.png`);
  });

  it("keeps file keys inside the storage folder", async () => {
    await expect(storage.read("../outside")).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.write("/etc/passwd", "x")).rejects.toThrow(InvalidStorageKeyError);
  });
});
