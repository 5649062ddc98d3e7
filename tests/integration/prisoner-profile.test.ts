import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildPersonJsonLd } from "@/components/profile/person-json-ld";
import { prisma } from "@/lib/db";
import {
  getPublishedPrisonerProfile,
  readPrisonerProfileRecordForPreview,
  toPrisonerProfileDto,
} from "@/lib/data/prisoner-profile";
import type { PublicationState } from "@/lib/generated/prisma/client";
import { insertPrisoner } from "../fixtures/prisoners";
import { ensureCountry } from "../fixtures/countries";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * Rows of this file live in a country of its own ("QP", an ISO code reserved for user assignment)
 * and carry the prefix below, so that other files sharing the database do not see them.
 * Values that must not reach the public when withheld (or ever, like internal notes) carry the
 * marker SECRET.
 */
const P = "profile-it-";
const COUNTRY = "QP";

let sourceIds: { confirmed: string; secret: string };

async function createPrisoner(options: {
  slug: string;
  state?: PublicationState;
  redactedFields?: string[];
  addressPublic?: boolean;
}) {
  const prisoner = await insertPrisoner(
    { slug: `${P}${options.slug}`, countryCode: COUNTRY, label: options.slug },
    {
      region: { en: "SECRET region" },
      citizenships: ["UA"],
      statusSince: new Date("2023-07-10T00:00:00Z"),
      arrestedOn: new Date("2022-04-26T00:00:00Z"),
      summary: { en: "A public summary." },
      state: options.state ?? "PUBLISHED",
      redactedFields: options.redactedFields ?? [],
      internal: { create: { notes: "SECRET internal note", familyContacts: "SECRET family" } },
      nameVariants: {
        create: [{ value: "SECRET Вариант", script: "CYRILLIC", lang: "uk", kind: "NATIVE" }],
      },
      citations: {
        create: [
          { sourceId: sourceIds.secret, field: "region" },
          { sourceId: sourceIds.confirmed, field: "status" },
        ],
      },
    },
  );
  const facility = await prisma.facility.create({
    data: {
      slug: `${P}${options.slug}-facility`,
      name: { en: "Colony No. 1" },
      kind: "PENAL_COLONY",
      countryCode: COUNTRY,
      postalAddress: "SECRET postal address",
    },
  });
  await prisma.detention.create({
    data: {
      prisonerId: prisoner.id,
      facilityId: facility.id,
      startedOn: new Date("2023-09-01T00:00:00Z"),
      addressPublic: options.addressPublic ?? true,
    },
  });
  return prisoner;
}

async function linkEvent(prisonerId: string, title: string, state: PublicationState, date: string) {
  return prisma.event.create({
    data: {
      date: new Date(`${date}T00:00:00Z`),
      type: "HEARING",
      title: { en: title },
      text: { en: `${title}: what happened.` },
      state,
      prisoners: { create: [{ prisonerId }] },
      citations: { create: [{ sourceId: sourceIds.confirmed }] },
    },
  });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qpland", ru: "Кьюпия" } });
  const [confirmed, secret] = await Promise.all([
    prisma.source.create({
      data: { title: "Court verdict", confidence: "CONFIRMED", url: "https://example.org/v" },
    }),
    prisma.source.create({ data: { title: "SECRET source", confidence: "REPORTED" } }),
  ]);
  sourceIds = { confirmed: confirmed.id, secret: secret.id };
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the public prisoner profile", () => {
  it("leaves out every redacted field, including their citations and internal notes", async () => {
    const prisoner = await createPrisoner({
      slug: "redacted",
      redactedFields: ["region", "arrestedOn", "nameVariants", "facilityAddress", "citizenships"],
    });

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile).not.toBeNull();
    expect(profile!.region).toBeNull();
    expect(profile!.arrestedOn).toBeNull();
    expect(profile!.nameVariants).toEqual([]);
    expect(profile!.citizenships).toEqual([]);
    expect(profile!.currentDetention?.postalAddress).toBeNull();
    expect(profile!.currentDetention?.facilityName.text).toBe("Colony No. 1");
    expect(JSON.stringify(profile)).not.toContain("SECRET");
  });

  it("withholds every detention, current and past, when the detentions are redacted", async () => {
    const prisoner = await createPrisoner({
      slug: "detentions-redacted",
      redactedFields: ["detentions"],
    });

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.currentDetention).toBeNull();
    expect(profile!.detentionHistory).toEqual([]);
    expect(profile!.transfers).toEqual([]);
    expect(JSON.stringify(profile)).not.toMatch(/Colony No\. 1|SECRET postal/);
  });

  it("shows the facts that are not redacted, and the address only where the record allows it", async () => {
    const open = await createPrisoner({ slug: "open" });
    const closed = await createPrisoner({ slug: "address-private", addressPublic: false });

    const profile = await getPublishedPrisonerProfile(open.slug, "en");
    const withPrivateAddress = await getPublishedPrisonerProfile(closed.slug, "en");

    expect(profile!.region?.text).toBe("SECRET region");
    expect(profile!.arrestedOn).toEqual({ iso: "2022-04-26", precision: "DAY" });
    expect(profile!.nameVariants.map((variant) => [variant.value, variant.lang])).toEqual([
      ["SECRET Вариант", "uk"],
    ]);
    expect(profile!.currentDetention?.postalAddress).toBe("SECRET postal address");
    expect(withPrivateAddress!.currentDetention?.postalAddress).toBeNull();
    // PrisonerInternal is never read for a public page.
    expect(JSON.stringify(profile)).not.toMatch(/SECRET (internal|family)/);
  });

  it("never shows an unpublished event, and counts only published ones as updates", async () => {
    const prisoner = await createPrisoner({ slug: "events" });
    await linkEvent(prisoner.id, "Public hearing", "PUBLISHED", "2024-01-10");
    await linkEvent(prisoner.id, "Older hearing", "PUBLISHED", "2023-05-01");
    for (const state of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      await linkEvent(prisoner.id, `SECRET ${state} event`, state, "2024-06-01");
    }

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.events.map((event) => event.title?.text)).toEqual([
      "Public hearing",
      "Older hearing",
    ]);
    expect(profile!.events[0]!.confidence).toBe("CONFIRMED");
    expect(JSON.stringify(profile)).not.toContain("SECRET DRAFT");
  });

  it("cites the sources of the current status's history entry with the status, once each", async () => {
    const prisoner = await createPrisoner({ slug: "status-sources" });
    const [older, current] = await Promise.all([
      prisma.source.create({ data: { title: "Older status source", confidence: "REPORTED" } }),
      prisma.source.create({ data: { title: "Parole ruling", confidence: "CONFIRMED" } }),
    ]);
    await prisma.prisonerStatusChange.create({
      data: {
        prisonerId: prisoner.id,
        status: "PRETRIAL_DETENTION",
        effectiveOn: new Date("2022-04-26T00:00:00Z"),
        citations: { create: [{ sourceId: older.id }] },
      },
    });
    await prisma.prisonerStatusChange.create({
      data: {
        prisonerId: prisoner.id,
        status: "IMPRISONED",
        effectiveOn: new Date("2023-07-10T00:00:00Z"),
        // The profile already cites the "confirmed" source for its status: it is not repeated.
        citations: { create: [{ sourceId: current.id }, { sourceId: sourceIds.confirmed }] },
      },
    });

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    const numbers = profile!.factCitations.status!.map((ref) => ref.number);
    const titles = numbers.map((n) => profile!.sources.find((s) => s.number === n)?.title);
    expect(titles).toEqual(["Court verdict", "Parole ruling"]);
    expect(JSON.stringify(profile)).not.toContain("Older status source");
  });

  it("answers null for a draft, in-review or archived profile and for an unknown slug", async () => {
    for (const state of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      const prisoner = await createPrisoner({ slug: `state-${state.toLowerCase()}`, state });
      expect(await getPublishedPrisonerProfile(prisoner.slug, "en"), state).toBeNull();
    }
    expect(await getPublishedPrisonerProfile(`${P}no-such-person`, "en")).toBeNull();
  });

  it("lists public letters with their confirmed signatures, and published publications only", async () => {
    const prisoner = await createPrisoner({ slug: "campaigns" });
    const petition = await prisma.letter.create({
      data: {
        slug: `${P}petition`,
        kind: "PETITION",
        state: "OPEN",
        title: { en: "Free them" },
        addresseeName: { en: "The President" },
        prisoners: { create: [{ prisonerId: prisoner.id }] },
        counterShards: {
          create: [
            { shard: 0, confirmed: 3 },
            { shard: 1, confirmed: 4 },
          ],
        },
      },
    });
    await prisma.letter.create({
      data: {
        slug: `${P}draft-letter`,
        kind: "OPEN_LETTER",
        state: "DRAFT",
        title: { en: "SECRET draft letter" },
        addresseeName: { en: "Someone" },
        prisoners: { create: [{ prisonerId: prisoner.id }] },
      },
    });
    for (const [slug, type, state] of [
      ["report", "REPORT", "PUBLISHED"],
      ["statement", "STATEMENT", "PUBLISHED"],
      ["draft-news", "NEWS", "DRAFT"],
    ] as const) {
      await prisma.publication.create({
        data: {
          slug: `${P}${slug}`,
          type,
          state,
          title: { en: state === "DRAFT" ? "SECRET draft news" : `A ${slug}` },
          summary: { en: "Summary." },
          body: {},
          prisoners: { create: [{ prisonerId: prisoner.id }] },
        },
      });
    }

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.letters).toEqual([
      expect.objectContaining({ slug: petition.slug, kind: "PETITION", signatureCount: 7 }),
    ]);
    expect(profile!.publications.map((publication) => publication.href).sort()).toEqual([
      `/news/${P}statement`,
      `/reports/${P}report`,
    ]);
    expect(JSON.stringify(profile)).not.toContain("SECRET draft");
  });

  it("builds JSON-LD that says nothing the profile withholds", async () => {
    const redacted = await createPrisoner({
      slug: "json-ld-redacted",
      redactedFields: ["nameVariants", "citizenships", "summary", "photo"],
    });
    const open = await createPrisoner({ slug: "json-ld-open" });

    const redactedProfile = await getPublishedPrisonerProfile(redacted.slug, "ru");
    const openProfile = await getPublishedPrisonerProfile(open.slug, "ru");
    const url = "https://vigil.example/ru/prisoners/x";
    const redactedLd = buildPersonJsonLd(redactedProfile!, { url, locale: "ru" });
    const openLd = buildPersonJsonLd(openProfile!, { url, locale: "ru" });

    expect(redactedLd).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Человек json-ld-redacted",
      url,
    });
    expect(JSON.stringify(redactedLd)).not.toContain("SECRET");
    expect(openLd).toMatchObject({
      alternateName: ["SECRET Вариант"],
      description: "A public summary.",
      nationality: [{ "@type": "Country", name: "Украина" }],
    });
  });
});

describe("the dashboard's preview of a profile", () => {
  // Both pages render components/profile/profile-body.tsx from this DTO: the same DTO is the
  // same profile body.
  it("is the public page's profile, in each language, when all it shows is published", async () => {
    const prisoner = await createPrisoner({ slug: "preview-same", redactedFields: ["region"] });
    await linkEvent(prisoner.id, "Public hearing", "PUBLISHED", "2024-01-10");
    await linkEvent(prisoner.id, "Withdrawn hearing", "ARCHIVED", "2024-02-10");
    const record = await readPrisonerProfileRecordForPreview(prisoner.id);

    for (const locale of ["en", "ru"] as const) {
      const shown = await getPublishedPrisonerProfile(prisoner.slug, locale);
      expect(toPrisonerProfileDto(record!, locale)).toEqual(shown);
    }
  });
});
