import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/directory/route";
import { searchDirectory } from "@/lib/data/prisoner-directory";
import { prisma } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { seedDemoContent } from "@/prisma/seed";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner } from "../fixtures/prisoners";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The directory's results route (app/api/directory), called as the server calls it: what the
 * live search draws its cards from. Rows made here live in a country of their own.
 */
const COUNTRY = "QJ";
const P = "directory-route-it-";
const CANARY = "CANARY-directory-route-private";

beforeAll(async () => {
  await seedDemoContent(prisma);
  await ensureCountry({ code: COUNTRY, slug: "directory-route-land", name: { en: "Routeland" } });
  await insertPrisoner(
    { slug: `${P}draft`, countryCode: COUNTRY, label: "Zorvanek Draft" },
    { state: "DRAFT" },
  );
  await insertPrisoner(
    { slug: `${P}withheld`, countryCode: COUNTRY, label: "Zorvanek Withheld" },
    {
      redactedFields: ["status", "country", "arrestedOn", "summary"],
      arrestedOn: new Date("2020-02-02"),
      summary: { en: CANARY },
      biography: { en: CANARY },
    },
  );
});

afterAll(async () => {
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

/** A request as Vigil's web server passes it on, from `address` (the socket's peer). */
function request(query: string, address = "192.0.2.1"): Promise<Response> {
  return GET(
    new Request(`http://localhost/api/directory?${query}`, {
      headers: { [CLIENT_ADDRESS_HEADER]: address },
    }),
  );
}

describe("the directory's results route", () => {
  it("answers a search with the page's results, as JSON, not to be stored by browsers", async () => {
    const response = await request("q=Sentzov&locale=en");

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.query).toEqual({ q: "Sentzov", page: 1 });
    expect(body.total).toBe(1);
    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(["oleg-sentsov"]);
    expect(body.items[0]).toMatchObject({
      name: { text: "Oleg Sentsov", lang: "en" },
      otherName: { text: "Олег Сенцов", lang: "ru" },
      country: { code: "RU" },
    });
  });

  it("gives exactly what the page shows for the same address, in either locale", async () => {
    for (const [query, locale] of [
      ["q=dzhak", "en"],
      ["country=kz&sort=arrest", "ru"],
      ["status=detained&page=1", "en"],
      ["q=Kolchnko", "en"],
    ] as const) {
      const response = await request(`${query}&locale=${locale}`);
      const { query: parsed, ...answer } = await response.json();
      const page = await searchDirectory(
        parseDirectoryQuery(Object.fromEntries(new URLSearchParams(query))),
        locale,
      );

      expect(parsed).toEqual(parseDirectoryQuery(Object.fromEntries(new URLSearchParams(query))));
      expect(answer).toEqual(page);
    }
  });

  it("lists no unpublished profile and nothing a redaction withholds", async () => {
    const response = await request(`q=Zorvanek&locale=en`);
    const text = await response.text();
    const body = JSON.parse(text);

    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual([`${P}withheld`]);
    expect(body.items[0]).toMatchObject({
      status: null,
      country: null,
      arrestedOn: null,
      detainedSince: null,
    });
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(`${P}draft`);
    expect(text).not.toContain("Routeland");
  });

  it.each([
    ["locale=en&q=" + "a".repeat(101), "q must be at most 100 characters long."],
    ["q=Sentsov", "locale must be one of en, ru."],
    ["q=Sentsov&locale=de", "locale must be one of en, ru."],
    ["country=russia&locale=en", "country must be a two-letter country code (ru, kz)."],
    ["status=jailed&locale=en", "status must be a prisoner status or “detained”."],
    ["year=1850&locale=en", "year must be a year from 1900 to 2100."],
    ["page=0&locale=en", "page must be a whole number from 1 to 999999."],
    ["sort=random&locale=en", "sort must be one of relevance, name, arrest, detention."],
    ["tag=Not+A+Slug&locale=en", "tag must be a tag's slug."],
    ["q=a&q=b&locale=en", "The parameter “q” is given twice."],
    ["query=Sentsov&locale=en", "Unknown parameter “query”."],
  ])("refuses %s with 400 and says why", async (query, error) => {
    const response = await request(query);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it("accepts the empty fields a form sends as not set", async () => {
    const response = await request("q=&country=&status=&locale=en");

    expect(response.status).toBe(200);
    expect((await response.json()).query).toEqual({ q: "", page: 1 });
  });

  it("refuses a client that sends more than 1,200 requests a minute, with Retry-After", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 1201; index += 1) {
      // Refused by validation, so that the burst costs no database search.
      statuses.push((await request("locale=xx", "192.0.2.99")).status);
    }
    const refused = await request("q=Sentsov&locale=en", "192.0.2.99");
    const another = await request("q=Sentsov&locale=en", "192.0.2.100");

    expect(statuses.filter((status) => status === 400)).toHaveLength(1200);
    expect(statuses.at(-1)).toBe(429);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(another.status).toBe(200);
  });
});
