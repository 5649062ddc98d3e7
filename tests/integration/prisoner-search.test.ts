import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import {
  DIRECTORY_PAGE_SIZE,
  searchPublishedPrisoners,
  type DirectoryResultDto,
} from "@/lib/data/prisoner-directory";
import { readDirectoryFilterOptions } from "@/lib/data/prisoner-directory-filters";
import type { PrisonerStatus, PublicationState } from "@/lib/generated/prisma/client";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { seedDemoContent } from "@/prisma/seed";
import { ensureCountry } from "../fixtures/countries";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The demo content provides the real names (Dzhakishev, Sentsov, Kolchenko ...). Rows made here
 * live in a country of their own ("QD", an ISO code reserved for user assignment) under the slug
 * prefix below, with made-up surnames, so that other files sharing the database do not disturb
 * them and they disturb nobody.
 */
const P = "directory-it-";
const COUNTRY = "QD";

/** The directory's answer to an address's query string, on an English page. */
function search(queryString: string, locale: "en" | "ru" = "en"): Promise<DirectoryResultDto> {
  return searchPublishedPrisoners(
    parseDirectoryQuery(Object.fromEntries(new URLSearchParams(queryString))),
    locale,
  );
}

const slugsOf = (result: DirectoryResultDto) => result.items.map((item) => item.slug);

interface Fixture {
  slug: string;
  en: string;
  ru?: string;
  sortName?: string;
  state?: PublicationState;
  status?: PrisonerStatus;
  arrestedOn?: string;
  statusSince?: string;
  redactedFields?: string[];
  variants?: string[];
  tags?: string[];
  affiliations?: string[];
  articleIds?: string[];
}

async function createPrisoner(fixture: Fixture): Promise<string> {
  const day = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);
  const { id } = await prisma.prisoner.create({
    data: {
      slug: `${P}${fixture.slug}`,
      name: { en: fixture.en, ...(fixture.ru ? { ru: fixture.ru } : {}) },
      sortName: fixture.sortName ?? fixture.en.split(" ").reverse().join(" "),
      countryCode: COUNTRY,
      status: fixture.status ?? "IMPRISONED",
      arrestedOn: day(fixture.arrestedOn),
      statusSince: day(fixture.statusSince),
      summary: { en: "A test profile." },
      state: fixture.state ?? "PUBLISHED",
      redactedFields: fixture.redactedFields ?? [],
      nameVariants: {
        create: (fixture.variants ?? []).map((value) => ({
          value,
          script: /[а-яё]/i.test(value) ? ("CYRILLIC" as const) : ("LATIN" as const),
          kind: "TRANSLITERATION" as const,
        })),
      },
      tags: { create: (fixture.tags ?? []).map((tagId) => ({ tagId })) },
      affiliations: {
        create: (fixture.affiliations ?? []).map((affiliationId) => ({ affiliationId })),
      },
      cases: fixture.articleIds
        ? {
            create: {
              countryCode: COUNTRY,
              stage: "TRIAL",
              charges: { create: fixture.articleIds.map((articleId) => ({ articleId })) },
            },
          }
        : undefined,
    },
    select: { id: true },
  });
  return id;
}

let article: { id: string };
let otherArticle: { id: string };
let tag: { id: string; slug: string };
let affiliation: { id: string; slug: string };

beforeAll(async () => {
  await seedDemoContent(prisma);
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await ensureCountry({
    code: COUNTRY,
    slug: `${P}country`,
    name: { en: "Quedland", ru: "Кведия" },
  });
  const codeName = { en: "Criminal Code of Quedland" };
  [article, otherArticle] = (await Promise.all(
    ["101", "102"].map((number) =>
      prisma.criminalCodeArticle.upsert({
        where: {
          countryCode_code_article_part: {
            countryCode: COUNTRY,
            code: codeName.en,
            article: number,
            part: "",
          },
        },
        create: {
          countryCode: COUNTRY,
          code: codeName.en,
          codeName,
          article: number,
          title: { en: `Offence ${number}` },
        },
        update: {},
        select: { id: true },
      }),
    ),
  )) as [{ id: string }, { id: string }];
  tag = await prisma.tag.upsert({
    where: { slug: `${P}tag` },
    create: { slug: `${P}tag`, name: { en: "Directory test tag" } },
    update: {},
    select: { id: true, slug: true },
  });
  affiliation = await prisma.affiliation.upsert({
    where: { slug: `${P}movement` },
    create: { slug: `${P}movement`, name: { en: "Directory test movement" } },
    update: {},
    select: { id: true, slug: true },
  });

  for (const fixture of [
    // Ranking: a whole word, a word that merely begins the same, a name only spelt similarly.
    { slug: "khrabrov", en: "Ivan Khrabrov", ru: "Иван Храбров", arrestedOn: "2016-03-01" },
    { slug: "khrabrovsky", en: "Petr Khrabrovsky", status: "RELEASED" as const },
    { slug: "khrabrova", en: "Anna Khrabova", status: "HOUSE_ARREST" as const },
    // Dates, statuses, facets.
    {
      slug: "ostapchuk",
      en: "Maria Ostapchuk",
      status: "PRETRIAL_DETENTION" as const,
      arrestedOn: "2019-05-02",
      tags: [tag.id],
      affiliations: [affiliation.id],
      articleIds: [article.id],
    },
    {
      slug: "zelinska",
      en: "Olena Zelinska",
      status: "IMPRISONED" as const,
      statusSince: "2021-01-10",
      articleIds: [otherArticle.id],
    },
    { slug: "nodate", en: "Taras Bezdatny", status: "IMPRISONED" as const },
    // Withheld facts must not be found through a filter or an order.
    {
      slug: "withheld",
      en: "Roman Utaenko",
      status: "IMPRISONED" as const,
      arrestedOn: "2010-01-01",
      redactedFields: ["country", "tags", "arrestedOn", "nameVariants", "cases", "status"],
      variants: ["Roman Sekretov"],
      tags: [tag.id],
      articleIds: [article.id],
    },
    // Never public.
    { slug: "draft", en: "Veniamin Skrytov", state: "DRAFT" as const, tags: [tag.id] },
    { slug: "review", en: "Veniamin Skrytova", state: "IN_REVIEW" as const },
    { slug: "archived", en: "Veniamin Skrytovich", state: "ARCHIVED" as const },
  ]) {
    await createPrisoner(fixture);
  }
});

afterAll(async () => {
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

describe("finding a person however the name is written", () => {
  for (const spelling of [
    "Джакишев",
    "dzhakishev",
    "Dzhakishev",
    "Jakishev",
    "Zhakishev",
    "Djakishev",
    "Жәкішев",
    "Мұхтар",
    "Mukhtar Dzhakishev",
    "Dzhakishev Mukhtar",
    "DZHAKISHEV",
    "Muhtar Jakishev",
    "Dzhakishv",
  ]) {
    it(`"${spelling}" finds Mukhtar Dzhakishev`, async () => {
      const result = await search(`q=${encodeURIComponent(spelling)}`);
      expect(slugsOf(result)[0]).toBe("mukhtar-dzhakishev");
    });
  }

  for (const [spelling, slug] of [
    ["Sentzov", "oleg-sentsov"],
    ["Сенцов", "oleg-sentsov"],
    ["Oleh Sentsov", "oleg-sentsov"],
    ["Sentsvo", "oleg-sentsov"],
    ["kolchenko", "oleksandr-kolchenko"],
    ["Кольченко", "oleksandr-kolchenko"],
    ["Alexander Kolchenko", "oleksandr-kolchenko"],
    ["Semyonova", "elena-semenova"],
    ["Семенова", "elena-semenova"],
    ["Yelena", "elena-semenova"],
    ["Hennadii Afanasiev", "gennadiy-afanasyev"],
    ["Afanasyev", "gennadiy-afanasyev"],
    ["Chyrnii", "oleksiy-chirniy"],
    ["Darya El-Zhed", "daria-el-zhed"],
    ["el zhed", "daria-el-zhed"],
    ["Erimbetov", "iskander-yerimbetov"],
  ] as const) {
    it(`"${spelling}" finds ${slug}`, async () => {
      const result = await search(`q=${encodeURIComponent(spelling)}`);
      expect(slugsOf(result)).toContain(slug);
    });
  }

  it("finds a person by the beginning of a name, in either script, as it is being typed", async () => {
    expect(slugsOf(await search("q=dzhak"))).toEqual(["mukhtar-dzhakishev"]);
    expect(slugsOf(await search(`q=${encodeURIComponent("Сенц")}`))).toEqual(["oleg-sentsov"]);
  });

  it("says how each person matched", async () => {
    const exact = await search("q=Sentsov");
    expect(exact.items[0]?.match).toBe("exact");
    expect(exact.similarOnly).toBe(false);

    const typo = await search("q=Sentsvo");
    expect(typo.items[0]?.match).toBe("similar");
    expect(typo.similarOnly).toBe(true);
  });
});

describe("ranking", () => {
  it("puts whole-word matches before names that merely begin the same", async () => {
    const result = await search("q=Khrabrov");
    expect(slugsOf(result)).toEqual([`${P}khrabrov`, `${P}khrabrovsky`]);
    expect(result.items.map((item) => item.match)).toEqual(["exact", "prefix"]);
  });

  it("offers similar spellings only when no name matches word for word", async () => {
    const result = await search("q=Khrabova");
    expect(slugsOf(result)).toEqual([`${P}khrabrova`]);

    const typo = await search("q=Khrabrv");
    expect(typo.similarOnly).toBe(true);
    expect(slugsOf(typo)).toContain(`${P}khrabrov`);
  });

  it("suggests the closest name when a search finds nobody", async () => {
    const result = await search("q=Kolchnko");
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe("Oleksandr Kolchenko");

    expect((await search("q=Kolchnko", "ru")).suggestion).toBe("Александр Кольченко");
  });

  it("suggests nothing for input that resembles no name", async () => {
    expect((await search("q=zzzzqqqq")).suggestion).toBeNull();
  });

  it("suggests only a name the filters allow", async () => {
    // Oleksandr Kolchenko (demo content) lives in no country of this file's own.
    expect((await search(`q=Kolchnko&country=${COUNTRY}`)).suggestion).toBeNull();
  });

  it("looks suggestions up at their own lower threshold without changing the connection's", async () => {
    const [row] = await prisma.$queryRaw<{ found: number; threshold: string }[]>`
      SELECT cardinality(vigil_suggestion_candidates('kolchnko', 'kolchnko')) AS found,
        current_setting('pg_trgm.word_similarity_threshold') AS threshold`;
    expect(row?.found).toBeGreaterThan(0);
    expect(row?.threshold).toBe("0.6");
  });
});

describe("what the public never finds", () => {
  it("finds no draft, in-review or archived profile, by search, filter or suggestion", async () => {
    expect((await search("q=Skrytov")).total).toBe(0);
    expect((await search("q=Veniamin")).total).toBe(0);
    expect((await search("q=Skrytv")).suggestion).toBeNull();
    const byCountry = await search(`country=${COUNTRY}&sort=name&page=1`);
    expect(slugsOf(byCountry).some((slug) => slug.startsWith(`${P}draft`))).toBe(false);
    expect((await search(`tag=${tag.slug}`)).items.map((item) => item.slug)).toEqual([
      `${P}ostapchuk`,
    ]);
  });

  it("finds nobody by a name variant the editors withheld", async () => {
    expect((await search("q=Sekretov")).total).toBe(0);
    expect(slugsOf(await search("q=Utaenko"))).toEqual([`${P}withheld`]);
  });

  it("does not find a person through a withheld country, status, tag, charge or date", async () => {
    const withheld = `${P}withheld`;
    expect(slugsOf(await search(`country=${COUNTRY}`))).not.toContain(withheld);
    expect(slugsOf(await search(`country=${COUNTRY}&status=imprisoned`))).not.toContain(withheld);
    expect(slugsOf(await search(`tag=${tag.slug}`))).not.toContain(withheld);
    expect(slugsOf(await search(`charge=${article.id}`))).not.toContain(withheld);
    expect(slugsOf(await search("q=Utaenko&year=2010"))).toEqual([]);
  });

  it("shows no withheld field of a person it lists", async () => {
    const [person] = (await search("q=Utaenko")).items;
    expect(person).toMatchObject({ status: null, country: null, arrestedOn: null });
    expect(person!.detainedSince).toBeNull();
  });

  it("treats injection-looking input as a name to look for", async () => {
    for (const input of [
      `'; DROP TABLE "Prisoner"; --`,
      `Sentsov' OR '1'='1`,
      "a & b | !c :* ( )",
      "%",
      "_",
      "\\",
      "$1",
      "🙂",
    ]) {
      const result = await search(`q=${encodeURIComponent(input)}`);
      expect(result.total, input).toBeLessThan(3);
    }
    expect(await prisma.prisoner.count({ where: { slug: "oleg-sentsov" } })).toBe(1);
  });
});

describe("filters", () => {
  it("filters by country, by status, and by 'deprived of liberty' as a group", async () => {
    const imprisoned = await search(`country=${COUNTRY}&status=imprisoned`);
    expect(slugsOf(imprisoned).sort()).toEqual(
      [`${P}khrabrov`, `${P}zelinska`, `${P}nodate`].sort(),
    );
    const detained = await search(`country=${COUNTRY}&status=detained`);
    expect(slugsOf(detained).sort()).toEqual(
      [`${P}khrabrov`, `${P}khrabrova`, `${P}ostapchuk`, `${P}zelinska`, `${P}nodate`].sort(),
    );
  });

  it("filters by charge, affiliation, tag and year of arrest, alone and combined", async () => {
    expect(slugsOf(await search(`charge=${article.id}`))).toEqual([`${P}ostapchuk`]);
    expect(slugsOf(await search(`charge=${otherArticle.id}`))).toEqual([`${P}zelinska`]);
    expect(slugsOf(await search(`affiliation=${affiliation.slug}`))).toEqual([`${P}ostapchuk`]);
    expect(slugsOf(await search(`country=${COUNTRY}&year=2016`))).toEqual([`${P}khrabrov`]);
    expect(
      slugsOf(await search(`q=Ostapchuk&country=${COUNTRY}&tag=${tag.slug}&year=2019`)),
    ).toEqual([`${P}ostapchuk`]);
    expect((await search(`q=Ostapchuk&year=2016`)).total).toBe(0);
  });

  it("combines a search with filters", async () => {
    expect(slugsOf(await search(`q=Khrabrov&status=released`))).toEqual([`${P}khrabrovsky`]);
    expect(slugsOf(await search("q=Sentsov&country=kz"))).toEqual([]);
    expect(slugsOf(await search("q=Sentsov&country=ru"))).toEqual(["oleg-sentsov"]);
  });

  it("offers only filter values that published, non-withheld profiles carry", async () => {
    const options = await readDirectoryFilterOptions("en");
    expect(options.countries.map((country) => country.value)).toContain(COUNTRY.toLowerCase());
    expect(options.tags.map((option) => option.value)).toContain(tag.slug);
    expect(options.affiliations.map((option) => option.value)).toContain(affiliation.slug);
    const quedland = options.charges.find((group) => group.country.value === "qd");
    expect(quedland?.articles.map((option) => option.article)).toEqual(["101", "102"]);
    expect(options.years).toEqual(expect.arrayContaining([2016, 2019]));
    // Only the withheld profile was arrested in 2010.
    expect(options.years).not.toContain(2010);
    expect(options.statuses).toEqual(expect.arrayContaining(["IMPRISONED", "HOUSE_ARREST"]));
  });
});

describe("orders", () => {
  it("lists by name", async () => {
    const result = await search(`country=${COUNTRY}&sort=name`);
    expect(result.items.map((item) => item.name.text)).toEqual([
      "Taras Bezdatny",
      "Anna Khrabova",
      "Ivan Khrabrov",
      "Petr Khrabrovsky",
      "Maria Ostapchuk",
      "Olena Zelinska",
    ]);
  });

  it("lists by date of arrest, newest first, unknown dates last", async () => {
    const result = await search(`country=${COUNTRY}&sort=arrest`);
    expect(slugsOf(result).slice(0, 2)).toEqual([`${P}ostapchuk`, `${P}khrabrov`]);
  });

  it("lists the longest detained first, then detained people with no date, then everyone else by name", async () => {
    const result = await search(`country=${COUNTRY}&sort=detention`);
    expect(slugsOf(result)).toEqual([
      `${P}khrabrov`, // arrested 2016
      `${P}ostapchuk`, // arrested 2019
      `${P}zelinska`, // imprisoned since 2021, arrest unknown
      `${P}nodate`, // imprisoned, no date ("Bezdatny" before "Khrabova")
      `${P}khrabrova`, // house arrest, no date
      `${P}khrabrovsky`, // released
    ]);
    expect(result.items[0]?.detainedSince).toEqual({ iso: "2016-03-01", precision: "DAY" });
    expect(result.items[2]?.detainedSince).toEqual({ iso: "2021-01-10", precision: "DAY" });
    expect(result.items.at(-1)?.detainedSince).toBeNull();
  });

  it("is best match first when searching, unless another order is chosen", async () => {
    expect(slugsOf(await search("q=Khrabrov"))[0]).toBe(`${P}khrabrov`);
    expect(slugsOf(await search("q=Khrabrov&sort=arrest"))).toEqual([
      `${P}khrabrov`,
      `${P}khrabrovsky`,
    ]);
  });
});

describe("pages", () => {
  it("pages through many results and shows the last page for a page past the end", async () => {
    const extra = Array.from({ length: DIRECTORY_PAGE_SIZE + 2 }, (_, index) => index);
    await prisma.prisoner.createMany({
      data: extra.map((index) => ({
        slug: `${P}many-${index}`,
        name: { en: `Pagina Mnogova ${index}` },
        sortName: `Mnogova ${String(index).padStart(2, "0")}`,
        countryCode: COUNTRY,
        status: "RELEASED" as const,
        summary: { en: "A test profile." },
        state: "PUBLISHED" as const,
      })),
    });
    try {
      const first = await search("q=Mnogova");
      expect(first.total).toBe(DIRECTORY_PAGE_SIZE + 2);
      expect(first.pageCount).toBe(2);
      expect(first.items).toHaveLength(DIRECTORY_PAGE_SIZE);

      const second = await search("q=Mnogova&page=2");
      expect(second.items.map((item) => item.slug)).toEqual([
        `${P}many-${DIRECTORY_PAGE_SIZE}`,
        `${P}many-${DIRECTORY_PAGE_SIZE + 1}`,
      ]);

      const beyond = await search("q=Mnogova&page=40");
      expect(beyond.page).toBe(2);
      expect(beyond.items).toHaveLength(2);
    } finally {
      await prisma.prisoner.deleteMany({ where: { slug: { startsWith: `${P}many-` } } });
    }
  });
});

describe("keeping the search current", () => {
  it("finds a person by a name variant as soon as it is added, and no longer once removed", async () => {
    const id = await createPrisoner({ slug: "variant", en: "Stepan Perviy" });
    expect((await search("q=Vtoroy")).total).toBe(0);

    const variant = await prisma.nameVariant.create({
      data: { prisonerId: id, value: "Степан Второй", script: "CYRILLIC", kind: "ALIAS" },
    });
    expect(slugsOf(await search("q=Vtoroy"))).toEqual([`${P}variant`]);

    await prisma.nameVariant.update({
      where: { id: variant.id },
      data: { value: "Степан Третий" },
    });
    expect((await search("q=Vtoroy")).total).toBe(0);
    expect(slugsOf(await search("q=Tretiy"))).toEqual([`${P}variant`]);

    await prisma.nameVariant.delete({ where: { id: variant.id } });
    expect((await search("q=Tretiy")).total).toBe(0);
  });

  it("finds a person by a new display name, and hides variants once they are withheld", async () => {
    const id = await createPrisoner({
      slug: "renamed",
      en: "Gleb Staroimenny",
      variants: ["Gleb Psevdonim"],
    });
    await prisma.prisoner.update({ where: { id }, data: { name: { en: "Gleb Novoimenny" } } });
    expect((await search("q=Staroimenny")).total).toBe(0);
    expect(slugsOf(await search("q=Novoimenny"))).toEqual([`${P}renamed`]);
    expect(slugsOf(await search("q=Psevdonim"))).toEqual([`${P}renamed`]);

    await prisma.prisoner.update({ where: { id }, data: { redactedFields: ["nameVariants"] } });
    expect((await search("q=Psevdonim")).total).toBe(0);
  });

  it("finds a profile once it is published, and no longer once it is archived", async () => {
    const id = await createPrisoner({ slug: "lifecycle", en: "Zakhar Tsiklov", state: "DRAFT" });
    expect((await search("q=Tsiklov")).total).toBe(0);
    await prisma.prisoner.update({ where: { id }, data: { state: "PUBLISHED" } });
    expect(slugsOf(await search("q=Tsiklov"))).toEqual([`${P}lifecycle`]);
    await prisma.prisoner.update({ where: { id }, data: { state: "ARCHIVED" } });
    expect((await search("q=Tsiklov")).total).toBe(0);
  });
});
