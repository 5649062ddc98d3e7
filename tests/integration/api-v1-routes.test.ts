import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getDirectory } from "@/app/api/directory/route";
import { GET as getArticles } from "@/app/api/v1/articles/route";
import { GET as getFacilities } from "@/app/api/v1/facilities/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getPrisoner, OPTIONS } from "@/app/api/v1/prisoners/[slug]/route";
import { GET as getPrisoners } from "@/app/api/v1/prisoners/route";
import { decodeListCursor, encodeKeysetCursor, encodeListCursor } from "@/lib/api/list-cursor";
import { DIRECTORY_PAGE_SIZE, searchDirectory } from "@/lib/data/prisoner-directory";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { seedDemoContent } from "@/prisma/seed";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner } from "../fixtures/prisoners";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The open-data API's routes (app/api/v1), called as the server calls them: the directory's
 * filters and search with a cursor, a profile by slug, the countries; and what every answer
 * carries (ETag and 304, Cache-Control, CORS, RateLimit-*, the locale). Rows made here live in a
 * country of their own.
 */
const COUNTRY = "QZ";
const P = "api-routes-it-";
const PEOPLE = 45;

beforeAll(async () => {
  await seedDemoContent(prisma);
  await ensureCountry({ code: COUNTRY, slug: `${P}land`, name: { en: "Apiland", ru: "Апиленд" } });
  for (let index = 0; index < PEOPLE; index += 1) {
    const label = `Apiperson ${String(index).padStart(2, "0")}`;
    // Dates shared by several, and none for every fourth: ties and ±infinity in the date orders.
    const arrestedOn = index % 4 === 0 ? null : new Date(Date.UTC(2019 + (index % 3), 0, 1));
    await insertPrisoner({ slug: `${P}${index}`, countryCode: COUNTRY, label }, { arrestedOn });
  }
  await insertPrisoner(
    { slug: `${P}draft`, countryCode: COUNTRY, label: "Apiperson 10a" },
    { state: "DRAFT" },
  );
});

afterAll(async () => {
  await prisma.detention.deleteMany({ where: { facility: { slug: { startsWith: P } } } });
  await prisma.facility.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

let client = 0;
function from(address?: string, extra: Record<string, string> = {}) {
  client += 1;
  return { [CLIENT_ADDRESS_HEADER]: address ?? `203.0.113.${client % 250}`, ...extra };
}

function list(query: string, headers = from()): Promise<Response> {
  return getPrisoners(
    new Request(`http://localhost${apiRoutes.v1Prisoners()}?${query}`, { headers }),
  );
}

function one(slug: string, query = "", headers = from()): Promise<Response> {
  return getPrisoner(
    new Request(`http://localhost${apiRoutes.v1Prisoner(slug)}?${query}`, { headers }),
    {
      params: Promise.resolve({ slug }),
    },
  );
}

describe("GET /api/v1/prisoners", () => {
  it("pages through a filtered list with the cursor, in the directory's order, to the end", async () => {
    const slugs: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const response = await list(`country=${COUNTRY}&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      const body = await response.json();
      expect(response.status).toBe(200);
      expect(body.total).toBe(PEOPLE);
      slugs.push(...body.items.map((item: { slug: string }) => item.slug));
      cursor = body.nextCursor;
      pages += 1;
    }
    const directory: string[] = [];
    for (let page = 1; page <= Math.ceil(PEOPLE / DIRECTORY_PAGE_SIZE); page += 1) {
      const result = await searchDirectory({ q: "", page, country: COUNTRY }, "en");
      directory.push(...result.items.map((item) => item.slug));
    }

    expect(pages).toBe(Math.ceil(PEOPLE / 7));
    expect(slugs).toEqual(directory);
    expect(new Set(slugs).size).toBe(PEOPLE);
  });

  it("gives 50 by default and at most 100, the directory's own cards", async () => {
    const body = await (await list(`country=${COUNTRY}`)).json();
    const page = await searchDirectory({ q: "", page: 1, country: COUNTRY }, "en");

    expect(body.items).toHaveLength(PEOPLE < 50 ? PEOPLE : 50);
    expect(body.items.slice(0, DIRECTORY_PAGE_SIZE)).toEqual(page.items);
    expect(body.nextCursor).toBeNull();
    expect((await list("limit=100")).status).toBe(200);
  });

  it("searches names as the directory does, whatever the spelling or script", async () => {
    for (const q of ["Sentzov", "Сенцов", "sentsov oleg"]) {
      const body = await (await list(`q=${encodeURIComponent(q)}`)).json();
      expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(["oleg-sentsov"]);
    }
  });

  it("answers an empty page, not an error, for a cursor past the end", async () => {
    const first = await (await list(`country=${COUNTRY}&limit=40`)).json();
    const second = await (
      await list(`country=${COUNTRY}&limit=40&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items).toHaveLength(PEOPLE - 40);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ["limit=0", "limit must be a whole number from 1 to 100."],
    ["limit=101", "limit must be a whole number from 1 to 100."],
    ["cursor=abc", "cursor must be the nextCursor of an earlier answer."],
    ["page=2", "Unknown parameter “page”: use cursor."],
    ["limit=5&limit=6", "The parameter “limit” is given twice."],
    ["country=russia", "country must be a two-letter country code (ru, kz)."],
    ["locale=de", "locale must be one of en, ru."],
    ["query=x", "Unknown parameter “query”."],
  ])("refuses %s with 400 and says why, readable from any origin", async (query, error) => {
    const response = await list(query);

    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error });
  });
});

describe("the plain listing's keyset cursor", () => {
  async function walk(query: string): Promise<string[]> {
    const slugs: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const body = await (
        await list(`${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      slugs.push(...body.items.map((item: { slug: string }) => item.slug));
      cursor = body.nextCursor;
      if (cursor) expect(decodeListCursor(cursor)).toMatchObject({ kind: "after" });
    }
    return slugs;
  }

  it.each(["name", "arrest", "detention"] as const)(
    "walks the whole list in the directory's %s order, ties and unknown dates included",
    async (sort) => {
      const directory: string[] = [];
      for (let page = 1; page <= Math.ceil(PEOPLE / DIRECTORY_PAGE_SIZE); page += 1) {
        const result = await searchDirectory({ q: "", page, country: COUNTRY, sort }, "en");
        directory.push(...result.items.map((item) => item.slug));
      }
      expect(await walk(`country=${COUNTRY}&sort=${sort}`)).toEqual(directory);
    },
  );

  it("still honours an offset cursor made before, and continues by keyset", async () => {
    const all = await walk(`country=${COUNTRY}`);
    const body = await (
      await list(`country=${COUNTRY}&limit=10&cursor=${encodeListCursor(10)}`)
    ).json();
    const next = await (await list(`country=${COUNTRY}&limit=10&cursor=${body.nextCursor}`)).json();

    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(all.slice(10, 20));
    expect(decodeListCursor(body.nextCursor)).toEqual({ kind: "after", slug: all[19] });
    expect(next.items.map((item: { slug: string }) => item.slug)).toEqual(all.slice(20, 30));
  });

  it("refuses a cursor after a profile that is not published, drafts alike, and on a search", async () => {
    const refusal = { error: "The cursor's profile is no longer listed; start again without it." };
    for (const slug of [`${P}draft`, `${P}nobody`]) {
      const response = await list(`country=${COUNTRY}&cursor=${encodeKeysetCursor(slug)}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(refusal);
    }
    const search = await list(`q=Apiperson&cursor=${encodeKeysetCursor(`${P}1`)}`);
    expect(search.status).toBe(400);
    expect(await search.json()).toEqual({
      error: "This cursor continues the listing without q, not a search.",
    });
  });
});

describe("GET /api/v1/prisoners/{slug}", () => {
  it("answers the profile's page DTO, in the language asked for", async () => {
    const english = await (await one("mukhtar-dzhakishev")).json();
    const russian = await (
      await one(
        "mukhtar-dzhakishev",
        "",
        from(undefined, { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" }),
      )
    ).json();
    const byParameter = await (
      await one("mukhtar-dzhakishev", "locale=ru", from(undefined, { "accept-language": "en" }))
    ).json();

    expect(english).toEqual(
      JSON.parse(JSON.stringify(await getPublishedPrisonerProfile("mukhtar-dzhakishev", "en"))),
    );
    expect(english.name).toMatchObject({ text: "Mukhtar Dzhakishev", lang: "en" });
    expect(russian.name).toMatchObject({ text: "Мухтар Джакишев", lang: "ru" });
    expect(byParameter).toEqual(russian);
    expect(english.events.length).toBeGreaterThan(0);
    expect(english.events[0]).toHaveProperty("confidence");
    expect(english.events[0].date).toHaveProperty("precision");
  });

  it("answers 404 for an unknown or malformed slug", async () => {
    for (const slug of [`${P}nobody`, "Not A Slug", "x".repeat(300)]) {
      const response = await one(slug);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "No published profile has this slug." });
    }
  });
});

describe("what every answer carries", () => {
  it("an ETag that If-None-Match turns into 304 without a body, and a minute of caching", async () => {
    const first = await one("oleg-sentsov");
    const etag = first.headers.get("etag");
    const again = await one("oleg-sentsov", "", from(undefined, { "if-none-match": etag ?? "" }));
    const other = await one(
      "oleg-sentsov",
      "locale=ru",
      from(undefined, { "if-none-match": etag ?? "" }),
    );

    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("vary")).toBe("Accept-Language");
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(other.status).toBe(200);
  });

  it("CORS open to any origin, and a preflight answer", async () => {
    const answer = await list(`country=${COUNTRY}&limit=1`);
    const preflight = await OPTIONS();

    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-expose-headers")).toContain("RateLimit-Remaining");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("the quota left, and 429 with Retry-After once an address has used 600 in a minute", async () => {
    const address = "203.0.113.251";
    const first = await list("limit=0", from(address));
    let last = first;
    for (let index = 1; index < 600; index += 1) last = await list("limit=0", from(address));
    const refused = await getCountries(
      new Request(`http://localhost${apiRoutes.v1Countries()}`, { headers: from(address) }),
    );
    const another = await getCountries(
      new Request(`http://localhost${apiRoutes.v1Countries()}`, { headers: from("203.0.113.252") }),
    );

    expect(first.headers.get("ratelimit-limit")).toBe("600");
    expect(first.headers.get("ratelimit-remaining")).toBe("599");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect(last.status).toBe(400);
    expect(last.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(another.status).toBe(200);
  });

  it("the directory's own results route says its quota too", async () => {
    const response = await getDirectory(
      new Request("http://localhost/api/directory?q=Sentsov&locale=en", { headers: from() }),
    );
    expect(response.headers.get("ratelimit-limit")).toBe("1200");
    expect(response.headers.get("ratelimit-remaining")).toBe("1199");
  });
});

describe("GET /api/v1/facilities", () => {
  it("shows a facility's address once a published profile shows it, and pages by its cursor", async () => {
    const people = await prisma.prisoner.findMany({
      where: { slug: { in: [`${P}1`, `${P}2`] } },
      select: { id: true },
    });
    for (const [index, address] of ["Box 1, Apitown", null].entries()) {
      await prisma.facility.create({
        data: {
          slug: `${P}colony-${index}`,
          name: { en: `Apicolony ${index}` },
          kind: "PENAL_COLONY",
          countryCode: COUNTRY,
          postalAddress: address ?? "Box 2, Apitown",
          detentions: { create: [{ prisonerId: people[index]!.id, addressPublic: !!address }] },
        },
      });
    }
    const read = (query: string) =>
      getFacilities(
        new Request(`http://localhost${apiRoutes.v1Facilities()}?${query}`, { headers: from() }),
      );
    const first = await (await read(`country=${COUNTRY.toLowerCase()}&limit=1`)).json();
    const second = await (
      await read(`country=${COUNTRY}&limit=1&cursor=${first.nextCursor}`)
    ).json();
    const keyset = await read(`cursor=${encodeKeysetCursor(`${P}1`)}`);

    expect(first).toMatchObject({ total: 2, items: [{ slug: `${P}colony-0` }] });
    expect(first.items[0]).toMatchObject({ postalAddress: "Box 1, Apitown", detainedNow: 1 });
    expect(second).toMatchObject({ nextCursor: null, items: [{ slug: `${P}colony-1` }] });
    expect(second.items[0].postalAddress).toBeNull();
    expect(keyset.status).toBe(400);
    expect((await read("country=qzz")).status).toBe(400);
  });
});

describe("GET /api/v1/countries", () => {
  it("lists the countries with published prisoners and their figures", async () => {
    const response = await getCountries(
      new Request(`http://localhost${apiRoutes.v1Countries()}?locale=ru`, { headers: from() }),
    );
    const { items } = await response.json();

    expect(items).toContainEqual({
      code: COUNTRY,
      name: { text: "Апиленд", lang: "ru", isFallback: false },
      documented: PEOPLE,
      detained: PEOPLE,
    });
  });
});

describe("GET /api/v1/articles", () => {
  it("lists the articles published prisoners are charged under, usable as the charge filter", async () => {
    const response = await getArticles(
      new Request(`http://localhost${apiRoutes.v1Articles()}`, { headers: from() }),
    );
    const { items } = await response.json();
    const article = items[0]?.articles[0];
    const charged = await (await list(`charge=${article.value}&limit=100`)).json();

    expect(response.status).toBe(200);
    expect(article).toMatchObject({ value: expect.any(String), title: { lang: "en" } });
    expect(charged.total).toBeGreaterThan(0);
  });
});
