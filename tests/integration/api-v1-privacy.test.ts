import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { REDACTABLE_FIELDS } from "@/lib/validation/prisoner-basics";
import { ensureCountry } from "../fixtures/countries";
import { insertPetition } from "../fixtures/petitions";
import { insertPrisoner } from "../fixtures/prisoners";
import { callApiV1 } from "./api-v1-call";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * Privacy by construction (issue 20): sentinel values are planted in every internal field
 * (PrisonerInternal), in every field a profile's `redactedFields` can withhold, in a detention
 * whose address is not public, in unpublished events, publications and letters linked to a
 * published profile, and in a draft profile; in facilities known only from withheld or draft
 * records, in a public letter's signers (named or not), its unverified signatory and its draft
 * answer; then every /api/v1 answer (lists, searches, filters, single profiles, facilities,
 * letters and publications in both locales, countries, the OpenAPI document) is read and none may
 * contain one. Positive controls show the answers are real: the public marker of the same profiles is there.
 */
const COUNTRY = "XD";
const P = "api-privacy-it-";
const SENTINEL = "SNTLQY";
const s = (field: string) => `${SENTINEL}-${field}`;
const PUBLIC = "Publicmarker";
/** Dates planted in withheld date fields, which cannot carry a word. */
const SENTINEL_DATES = ["1911-11-11", "1912-12-12"];

const slugs = {
  redacted: `${P}redacted`,
  open: `${P}open`,
  draft: `${P}draft`,
  letter: `${P}letter`,
  publication: `${P}publication`,
};

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
      citizenships: ["XD", s("citizenship")],
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
  await plantLetterAndPublication(open.id);
  const draft = await insertPrisoner(
    { slug: slugs.draft, countryCode: COUNTRY, label: `${PUBLIC} ${s("draftName")}` },
    { state: "DRAFT", summary: { en: s("draftSummary") }, internal },
  );
  await plantChildren(draft.id, "draft");
  await prisma.publication.update({
    where: { slug: slugs.publication },
    data: { prisoners: { create: [{ prisonerId: draft.id }, { prisonerId: redacted.id }] } },
  });
  await prisma.facility.create({
    data: {
      slug: `${P}unused-facility`,
      name: { en: s("unusedFacility") },
      kind: "PRISON",
      countryCode: COUNTRY,
      postalAddress: s("unusedAddress"),
    },
  });
});

/**
 * A public petition whose signers' names and addresses, unverified signatory and draft answer are
 * sentinels (one signer chose to be named on the page: the API names nobody), and a published
 * publication about the open profile (and, linked below, the draft one).
 */
async function plantLetterAndPublication(openId: string) {
  const letter = await insertPetition(prisma, { slug: slugs.letter, label: PUBLIC });
  await prisma.letter.update({
    where: { id: letter.id },
    data: {
      prisoners: { create: [{ prisonerId: openId }] },
      notableSignatories: { create: [{ name: s("unverifiedSignatory") }] },
      answers: {
        create: [{ receivedOn: new Date("2024-03-03"), answeredBy: s("draftAnswer"), summary: {} }],
      },
    },
  });
  for (const visibility of ["PUBLIC", "DELIVERY_ONLY", "COUNT_ONLY"] as const) {
    await prisma.signature.create({
      data: {
        letterId: letter.id,
        letterVersionId: letter.versionId,
        locale: "en",
        name: s(`signer${visibility}`),
        email: `${s(`email${visibility}`)}@example.org`,
        emailKey: `${s(`emailKey${visibility}`)}@example.org`,
        countryCode: "XD",
        city: s(`city${visibility}`),
        visibility,
        consentGivenAt: new Date(),
        consentTextVersion: "test",
        status: "CONFIRMED",
        confirmedAt: new Date(),
      },
    });
  }
  await prisma.publication.create({
    data: {
      slug: slugs.publication,
      type: "REPORT",
      title: { en: `${PUBLIC} report` },
      summary: { en: `${PUBLIC} summary` },
      body: { en: { type: "doc", content: [] } },
      state: "PUBLISHED",
      publishedOn: new Date("2024-04-04"),
      countries: { create: [{ countryCode: COUNTRY }] },
      prisoners: { create: [{ prisonerId: openId }] },
    },
  });
}

afterAll(async () => {
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.event.deleteMany({
    where: { title: { path: ["en"], string_starts_with: SENTINEL } },
  });
  await prisma.publication.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.signature.deleteMany({ where: { letter: { slug: { startsWith: P } } } });
  await prisma.letter.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.detention.deleteMany({ where: { facility: { slug: { startsWith: P } } } });
  await prisma.facility.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

let client = 0;
/** Each request from its own address, so that the rate limit never answers instead. */
function headers(extra: Record<string, string> = {}) {
  client += 1;
  return { [CLIENT_ADDRESS_HEADER]: `198.51.100.${client % 250}`, ...extra };
}

async function read(path: string, locale = "en"): Promise<{ status: number; text: string }> {
  const response = await callApiV1(path, headers({ "accept-language": locale }));
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

  it("facilities: only those public profiles name, without an address no profile shows", async () => {
    const paths = [
      apiRoutes.v1Facilities(),
      `${apiRoutes.v1Facilities()}?country=${COUNTRY.toLowerCase()}&limit=100`,
    ];
    const planted = await prisma.facility.findMany({
      where: { slug: { startsWith: P } },
      select: { slug: true },
    });
    paths.push(...planted.map(({ slug }) => apiRoutes.v1Facility(slug)));
    for (const path of paths) {
      for (const locale of ["en", "ru"]) {
        const { text } = await read(path, locale);
        expect(leaks(text), path).toEqual([]);
        expect(text).not.toContain(slugs.draft);
      }
    }
    const listed = JSON.parse((await read(paths[1]!)).text);
    expect(listed.items.map((item: { slug: string }) => item.slug)).toEqual([`${P}open-facility`]);
    const one = JSON.parse((await read(apiRoutes.v1Facility(`${P}open-facility`))).text);
    expect(one).toMatchObject({ postalAddress: null, detainedNow: 1 });
    expect(one.prisonersNow).toEqual([expect.objectContaining({ slug: slugs.open })]);
  });

  it("letters and publications: the public ones, with nothing of a signer or a draft", async () => {
    const paths = [
      apiRoutes.v1Letters(),
      `${apiRoutes.v1Letters()}?country=${COUNTRY.toLowerCase()}&kind=PETITION`,
      apiRoutes.v1Letter(slugs.letter),
      apiRoutes.v1Letter(`${P}draft-letter`),
      apiRoutes.v1Publications(),
      `${apiRoutes.v1Publications()}?country=${COUNTRY.toLowerCase()}`,
      `${apiRoutes.v1Publications()}?prisoner=${slugs.open}&type=REPORT`,
      `${apiRoutes.v1Publications()}?prisoner=${slugs.draft}`,
      apiRoutes.v1Publication(slugs.publication),
      apiRoutes.v1Publication(`${P}draft-publication`),
    ];
    for (const path of paths) {
      for (const locale of ["en", "ru"]) {
        const { text } = await read(path, locale);
        expect(leaks(text), path).toEqual([]);
        expect(text).not.toContain(slugs.draft);
        expect(text).not.toContain("@example.org");
      }
    }
    const letter = JSON.parse((await read(apiRoutes.v1Letter(slugs.letter))).text);
    const publication = JSON.parse((await read(apiRoutes.v1Publication(slugs.publication))).text);
    expect(letter).toMatchObject({ signatureCount: 0, answers: [], notableSignatories: [] });
    expect(letter.title.text).toContain(PUBLIC);
    expect(letter.prisoners).toEqual([expect.objectContaining({ slug: slugs.open })]);
    expect(publication.prisoners.map((prisoner: { slug: string }) => prisoner.slug)).toEqual([
      slugs.open,
      slugs.redacted,
    ]);
    expect((await read(apiRoutes.v1Letter(`${P}draft-letter`))).status).toBe(404);
    expect((await read(apiRoutes.v1Publication(`${P}draft-publication`))).status).toBe(404);
  });

  it("the sentinels are where the test planted them (the check can fail)", async () => {
    const rows = await prisma.prisoner.findMany({
      where: { slug: { startsWith: P } },
      include: { internal: true, nameVariants: true, cases: true },
    });
    const signatures = await prisma.signature.findMany({
      where: { letter: { slug: slugs.letter } },
    });
    const facilities = await prisma.facility.findMany({ where: { slug: { startsWith: P } } });
    expect(leaks(JSON.stringify(rows)).length).toBeGreaterThan(10);
    expect(leaks(JSON.stringify(signatures)).length).toBeGreaterThanOrEqual(6);
    expect(leaks(JSON.stringify(facilities)).length).toBeGreaterThanOrEqual(6);
  });
});
