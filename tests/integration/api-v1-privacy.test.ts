import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getArticles } from "@/app/api/v1/articles/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPrisoner } from "@/app/api/v1/prisoners/[slug]/route";
import { GET as getPrisoners } from "@/app/api/v1/prisoners/route";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { REDACTABLE_FIELDS } from "@/lib/validation/prisoner-basics";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner } from "../fixtures/prisoners";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * Privacy by construction (issue 20): sentinel values are planted in every internal field
 * (PrisonerInternal), in every field a profile's `redactedFields` can withhold, in a detention
 * whose address is not public, in unpublished events, publications and letters linked to a
 * published profile, and in a draft profile; then every /api/v1 answer (lists, searches, filters,
 * single profiles in both locales, countries, the OpenAPI document) is read and none may contain
 * one. Positive controls show the answers are real: the public marker of the same profiles is there.
 */
const COUNTRY = "QY";
const P = "api-privacy-it-";
const SENTINEL = "SNTLQY";
const s = (field: string) => `${SENTINEL}-${field}`;
const PUBLIC = "Publicmarker";
/** Dates planted in withheld date fields, which cannot carry a word. */
const SENTINEL_DATES = ["1911-11-11", "1912-12-12"];

const slugs = { redacted: `${P}redacted`, open: `${P}open`, draft: `${P}draft` };

async function plantChildren(prisonerId: string, tag: string) {
  const u = randomUUID().slice(0, 8);
  const [article, facility, organisation, source] = await Promise.all([
    prisma.criminalCodeArticle.create({
      data: {
        countryCode: COUNTRY,
        code: `${s(`${tag}-code`)}-${u}`,
        codeName: { en: s(`${tag}-codeName`) },
        article: s(`${tag}-article`),
        title: { en: s(`${tag}-articleTitle`) },
      },
    }),
    prisma.facility.create({
      data: {
        slug: `${P}${tag}-facility-${u}`,
        name: { en: s(`${tag}-facilityName`) },
        kind: "PENAL_COLONY",
        countryCode: COUNTRY,
        postalAddress: s(`${tag}-postalAddress`),
      },
    }),
    prisma.organisation.create({
      data: { slug: `${P}${tag}-org-${u}`, name: { en: s(`${tag}-organisation`) } },
    }),
    prisma.source.create({ data: { title: s(`${tag}-sourceTitle`), confidence: "CONFIRMED" } }),
  ]);
  await prisma.case.create({
    data: {
      prisonerId,
      countryCode: COUNTRY,
      stage: "TRIAL",
      title: { en: s(`${tag}-caseTitle`) },
      caseNumber: s(`${tag}-caseNumber`),
      notes: { en: s(`${tag}-caseNotes`) },
      charges: { create: [{ articleId: article.id, note: { en: s(`${tag}-chargeNote`) } }] },
    },
  });
  await prisma.detention.create({
    data: { prisonerId, facilityId: facility.id, note: { en: s(`${tag}-detentionNote`) } },
  });
  await prisma.criterionAssessment.create({
    data: {
      prisonerId,
      criterion: "PURELY_POLITICAL_REASONS",
      reasoning: { en: s(`${tag}-reasoning`) },
    },
  });
  await prisma.recognition.create({
    data: {
      prisonerId,
      organisationId: organisation.id,
      kind: "POLITICAL_PRISONER_LIST",
      note: { en: s(`${tag}-recognitionNote`) },
    },
  });
  await prisma.event.create({
    data: {
      date: new Date("2024-01-01T00:00:00Z"),
      type: "HEARING",
      title: { en: s(`${tag}-eventTitle`) },
      text: { en: s(`${tag}-eventText`) },
      state: "PUBLISHED",
      prisoners: { create: [{ prisonerId }] },
    },
  });
  await prisma.citation.create({ data: { sourceId: source.id, prisonerId } });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}land`, name: { en: "Privacyland" } });
  const internal = {
    create: {
      familyContacts: s("familyContacts"),
      lawyerContacts: s("lawyerContacts"),
      consentNotes: s("consentNotes"),
      notes: s("notes"),
    },
  };
  const photo = await prisma.mediaAsset.create({
    data: {
      kind: "IMAGE",
      storageKey: `${P}${randomUUID()}`,
      mimeType: "image/jpeg",
      byteSize: 1,
      sha256: "0".repeat(64),
      alt: { en: s("photoAlt") },
      credit: s("photoCredit"),
      originalFilename: `${s("photoFilename")}.jpg`,
    },
  });
  // Every field redactedFields can withhold, withheld, each holding a sentinel.
  const redacted = await insertPrisoner(
    { slug: slugs.redacted, countryCode: COUNTRY, label: `${PUBLIC} Redacted` },
    {
      redactedFields: [...REDACTABLE_FIELDS],
      birthDate: new Date(`${SENTINEL_DATES[0]}T00:00:00Z`),
      arrestedOn: new Date(`${SENTINEL_DATES[1]}T00:00:00Z`),
      region: { en: s("region") },
      occupation: { en: s("occupation") },
      citizenships: ["QY", s("citizenship")],
      biography: {
        en: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: s("biography") }] }],
        },
      },
      photoId: photo.id,
      internal,
      nameVariants: { create: [{ value: s("nameVariant"), script: "LATIN", kind: "ALIAS" }] },
    },
  );
  await plantChildren(redacted.id, "redacted");
  // Nothing withheld, but internal notes, a private address and unpublished linked content.
  const open = await insertPrisoner(
    { slug: slugs.open, countryCode: COUNTRY, label: `${PUBLIC} Open` },
    { internal: { create: { notes: s("openNotes"), familyContacts: s("openFamily") } } },
  );
  const facility = await prisma.facility.create({
    data: {
      slug: `${P}open-facility`,
      name: { en: "Colony No. 2" },
      kind: "PENAL_COLONY",
      countryCode: COUNTRY,
      postalAddress: s("privateAddress"),
    },
  });
  await prisma.detention.create({
    data: { prisonerId: open.id, facilityId: facility.id, addressPublic: false },
  });
  for (const state of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
    await prisma.event.create({
      data: {
        date: new Date("2024-02-02T00:00:00Z"),
        type: "HEARING",
        title: { en: s(`event-${state}`) },
        text: { en: s(`eventText-${state}`) },
        state,
        prisoners: { create: [{ prisonerId: open.id }] },
      },
    });
  }
  await prisma.publication.create({
    data: {
      slug: `${P}draft-publication`,
      type: "NEWS",
      title: { en: s("publicationTitle") },
      summary: { en: s("publicationSummary") },
      body: { en: { type: "doc", content: [] } },
      state: "DRAFT",
      prisoners: { create: [{ prisonerId: open.id }] },
    },
  });
  await prisma.letter.create({
    data: {
      slug: `${P}draft-letter`,
      kind: "PETITION",
      title: { en: s("letterTitle") },
      summary: { en: s("letterSummary") },
      addresseeName: { en: s("letterAddressee") },
      state: "DRAFT",
      prisoners: { create: [{ prisonerId: open.id }] },
    },
  });
  // A draft profile, whose very name and slug are secret.
  const draft = await insertPrisoner(
    { slug: slugs.draft, countryCode: COUNTRY, label: `${PUBLIC} ${s("draftName")}` },
    { state: "DRAFT", summary: { en: s("draftSummary") }, internal },
  );
  await plantChildren(draft.id, "draft");
});

afterAll(async () => {
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.event.deleteMany({
    where: { title: { path: ["en"], string_starts_with: SENTINEL } },
  });
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.letter.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

let client = 0;
/** Each request from its own address, so that the rate limit never answers instead. */
function headers(extra: Record<string, string> = {}) {
  client += 1;
  return { [CLIENT_ADDRESS_HEADER]: `198.51.100.${client % 250}`, ...extra };
}

async function read(path: string, locale = "en"): Promise<{ status: number; text: string }> {
  const url = new URL(`http://localhost${path}`);
  const request = new Request(url, { headers: headers({ "accept-language": locale }) });
  const pathname = url.pathname;
  let response: Response;
  if (pathname === apiRoutes.v1Prisoners()) response = await getPrisoners(request);
  else if (pathname === apiRoutes.v1Countries()) response = await getCountries(request);
  else if (pathname === apiRoutes.v1Articles()) response = await getArticles(request);
  else if (pathname === apiRoutes.v1OpenApi()) response = await getOpenApi(request);
  else {
    const slug = decodeURIComponent(pathname.slice(apiRoutes.v1Prisoners().length + 1));
    response = await getPrisoner(request, { params: Promise.resolve({ slug }) });
  }
  return { status: response.status, text: await response.text() };
}

/** Every sentinel found in a text. */
function leaks(text: string): string[] {
  const words = text.match(new RegExp(`${SENTINEL}[-\\w]*`, "g")) ?? [];
  return [...words, ...SENTINEL_DATES.filter((date) => text.includes(date))];
}

const LIST_QUERIES = [
  "",
  `country=${COUNTRY.toLowerCase()}`,
  `country=${COUNTRY.toLowerCase()}&limit=100&sort=arrest`,
  `country=${COUNTRY.toLowerCase()}&sort=detention`,
  `q=${PUBLIC}`,
  `q=${SENTINEL}`,
  `q=${s("nameVariant")}`,
  `q=${s("draftName")}`,
  "status=detained&limit=100",
  "year=1912",
];

describe("the open-data API never shows an internal, withheld or unpublished value", () => {
  it.each(LIST_QUERIES)("lists (%s) show no sentinel, in either locale", async (query) => {
    for (const locale of ["en", "ru"]) {
      const { status, text } = await read(`${apiRoutes.v1Prisoners()}?${query}&locale=${locale}`);
      expect(status).toBe(200);
      expect(leaks(text)).toEqual([]);
      expect(text).not.toContain(slugs.draft);
    }
  });

  it("lists the published profiles, so that the lists above were not empty by accident", async () => {
    const { text } = await read(`${apiRoutes.v1Prisoners()}?q=${PUBLIC}`);
    const slugsListed = JSON.parse(text)
      .items.map((item: { slug: string }) => item.slug)
      .sort();
    expect(slugsListed).toEqual([slugs.open, slugs.redacted]);
  });

  it.each([slugs.redacted, slugs.open])("the profile %s shows no sentinel", async (slug) => {
    for (const locale of ["en", "ru"]) {
      const { status, text } = await read(apiRoutes.v1Prisoner(slug), locale);
      expect(status).toBe(200);
      expect(text).toContain(PUBLIC);
      expect(leaks(text)).toEqual([]);
    }
  });

  it("answers a draft's slug as it answers an unknown one: 404, with nothing of it", async () => {
    const draft = await read(apiRoutes.v1Prisoner(slugs.draft));
    const unknown = await read(apiRoutes.v1Prisoner(`${P}nobody`));

    expect(draft.status).toBe(404);
    expect(draft.text).toBe(unknown.text);
    expect(leaks(draft.text)).toEqual([]);
  });

  it("the countries, the articles and the OpenAPI document show no sentinel", async () => {
    for (const path of [apiRoutes.v1Countries(), apiRoutes.v1Articles(), apiRoutes.v1OpenApi()]) {
      const { status, text } = await read(path);
      expect(status).toBe(200);
      expect(leaks(text)).toEqual([]);
    }
  });

  it("the sentinels are where the test planted them (the check can fail)", async () => {
    const rows = await prisma.prisoner.findMany({
      where: { slug: { startsWith: P } },
      include: { internal: true, nameVariants: true, cases: true },
    });
    expect(leaks(JSON.stringify(rows)).length).toBeGreaterThan(10);
  });
});
