import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { xml2js, type Element } from "xml-js";

// Absolute URLs in feeds and the sitemap use the configured public origin; lib/env reads it once.
vi.hoisted(() => {
  process.env.VIGIL_PUBLIC_URL = "https://vigil.example";
});

import { GET as publicationsFeed } from "@/app/[locale]/feed.xml/route";
import { GET as prisonerFeed } from "@/app/[locale]/(public)/prisoners/[slug]/feed.xml/route";
import { prisma } from "@/lib/db";
import { ensureCountry } from "../fixtures/countries";

const P = "feeds-";

/** Parses XML strictly (xml-js is sax-based and throws on malformed documents). */
function parse(xml: string): Element {
  return xml2js(xml, { compact: false }) as Element;
}

function children(element: Element | undefined, name: string): Element[] {
  return (element?.elements ?? []).filter((child) => child.name === name);
}

function child(element: Element | undefined, name: string): Element | undefined {
  return children(element, name)[0];
}

function text(element: Element | undefined): string {
  return (element?.elements ?? [])
    .map((node) => node.text ?? node.cdata ?? "")
    .join("")
    .toString();
}

async function atom(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const root = child(parse(await response.text()), "feed");
  expect(root?.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
  const entries = children(root, "entry").map((entry) => ({
    id: text(child(entry, "id")),
    title: text(child(entry, "title")),
    link: String(child(entry, "link")?.attributes?.href),
    updated: text(child(entry, "updated")),
  }));
  return { root, entries };
}

function request(path: string) {
  return new Request(`http://internal.host${path}`);
}

let prisonerId: string;

beforeAll(async () => {
  // The run's database starts empty: the prisoners need their country.
  await ensureCountry({
    code: "KZ",
    slug: "kazakhstan",
    name: { en: "Kazakhstan", ru: "Казахстан" },
  });
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `${P}person`,
      name: { en: "Feed Person", ru: "Человек из ленты" },
      sortName: "Person Feed",
      countryCode: "KZ",
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;

  await prisma.prisoner.create({
    data: {
      slug: `${P}draft-person`,
      name: { en: "Draft Person" },
      sortName: "Person Draft",
      countryCode: "KZ",
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state: "DRAFT",
    },
  });

  const publication = (slug: string, state: "PUBLISHED" | "DRAFT", type = "NEWS" as const) =>
    prisma.publication.create({
      data: {
        slug: `${P}${slug}`,
        type,
        title: { en: `Title <${slug}> & more`, ru: `Заголовок ${slug}` },
        summary: { en: "A summary." },
        body: {},
        state,
        publishedAt: new Date(),
        prisoners: { create: { prisonerId } },
      },
    });
  await publication("published", "PUBLISHED");
  await publication("draft", "DRAFT");

  const event = (id: string, state: "PUBLISHED" | "DRAFT", title?: { en: string }) =>
    prisma.event.create({
      data: {
        id: `${P}${id}`,
        date: new Date("2024-02-03T00:00:00Z"),
        type: "HEARING",
        title,
        text: { en: `What happened at ${id}.` },
        state,
        prisoners: { create: { prisonerId } },
      },
    });
  await event("event-published", "PUBLISHED");
  await event("event-draft", "DRAFT", { en: "A draft event" });
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
});

describe("the publications feed", () => {
  it("is an Atom document of published publications only, with absolute links", async () => {
    const { root, entries } = await atom(
      await publicationsFeed(request("/en/feed.xml"), {
        params: Promise.resolve({ locale: "en" }),
      }),
    );

    const self = children(root, "link").find((link) => link.attributes?.rel === "self");
    expect(self?.attributes?.href).toBe("https://vigil.example/en/feed.xml");
    const published = entries.find((entry) => entry.link.endsWith(`/news/${P}published`));
    expect(published).toMatchObject({
      link: `https://vigil.example/en/news/${P}published`,
      // Markup characters of a plain-text title are escaped, never interpreted.
      title: `Title &lt;published&gt; &amp; more`,
    });
    expect(published?.id).toMatch(/^urn:vigil:publication:/);
    expect(entries.some((entry) => entry.link.includes(`${P}draft`))).toBe(false);
  });

  it("is written in the requested locale", async () => {
    const { root, entries } = await atom(
      await publicationsFeed(request("/ru/feed.xml"), {
        params: Promise.resolve({ locale: "ru" }),
      }),
    );

    expect(text(child(root, "title"))).toBe("Vigil: новости и доклады");
    expect(entries.find((entry) => entry.link.endsWith(`/ru/news/${P}published`))?.title).toBe(
      "Заголовок published",
    );
  });

  it("answers 404 for an unknown locale", async () => {
    const response = await publicationsFeed(request("/xx/feed.xml"), {
      params: Promise.resolve({ locale: "xx" }),
    });
    expect(response.status).toBe(404);
  });
});

describe("a prisoner's feed", () => {
  it("holds the published events and publications about the prisoner, and no draft", async () => {
    const { root, entries } = await atom(
      await prisonerFeed(request(`/en/prisoners/${P}person/feed.xml`), {
        params: Promise.resolve({ locale: "en", slug: `${P}person` }),
      }),
    );

    expect(text(child(root, "title"))).toBe("Feed Person: updates on Vigil");
    const ids = entries.map((entry) => entry.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(`urn:vigil:event:${P}event-published`);
    expect(ids.filter((id) => id.startsWith("urn:vigil:publication:"))).toHaveLength(1);
    expect(entries.some((entry) => entry.title.includes("draft"))).toBe(false);
    // An event without a title is named after its type; it links to the profile.
    expect(entries.find((entry) => entry.id.includes("event"))).toMatchObject({
      title: "Hearing",
      link: `https://vigil.example/en/prisoners/${P}person`,
    });
  });

  it("does not exist for a draft or unknown prisoner", async () => {
    for (const slug of [`${P}draft-person`, `${P}nobody`]) {
      const response = await prisonerFeed(request(`/en/prisoners/${slug}/feed.xml`), {
        params: Promise.resolve({ locale: "en", slug }),
      });
      expect(response.status).toBe(404);
    }
  });
});
