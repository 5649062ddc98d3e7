import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { savePrisonerDetentions } from "@/lib/data/prisoner-writes/detentions";
import { updateReferenceItem } from "@/lib/data/reference-items/write-reference-item";
import { getLetterCandidates } from "@/lib/letters-to-prisoners/letter-candidates-read";
import { getLetterWritingPage } from "@/lib/letters-to-prisoners/letter-writing";
import { recordLetterSent } from "@/lib/letters-to-prisoners/record-letter-sent";
import { RateLimitedError } from "@/lib/rate-limit";
import { facilitySchema } from "@/lib/validation/facility";
import { prisonerDetentionsSchema } from "@/lib/validation/prisoner-detentions";
import { auditRowsOf, revisionsOf } from "../fixtures/content-store";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner, prisonerVersion } from "../fixtures/prisoners";
import { randomIp } from "../fixtures/signing";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";

/**
 * "Write a letter" (issue 19 part 2): the monthly count behind "I sent a letter", and the
 * "letters arrive" flags of prisoner and facility as editors save them. Rows live in a country
 * of their own ("QL") with the prefix below; each test clicks from its own random address.
 */
const P = "letters-it-";
const COUNTRY = "QL";
const context = { ip: null, userAgent: null };

let editor: StaffUser;
let facilityId: string;
let writable: { id: string; slug: string };
let unreachable: { id: string; slug: string };

async function countOf(prisonerId: string): Promise<number> {
  const rows = await prisma.lettersSentMonth.findMany({ where: { prisonerId } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  await ensureCountry({ code: "RU", slug: "russia", name: { en: "Russia", ru: "Россия" } });
  await ensureCountry({
    code: COUNTRY,
    slug: `${P}country`,
    name: { en: "Qlland", ru: "Кляндия" },
  });
  const facility = await prisma.facility.create({
    data: {
      slug: `${P}colony`,
      name: { en: "Colony 1", ru: "ИК-1" },
      kind: "PENAL_COLONY",
      countryCode: "RU", // a Russian facility: Russian Post's order, postcode last
      postalAddress: "123456, ИК-1\nул. Лагерная, 1\nг. Пример",
    },
    select: { id: true },
  });
  facilityId = facility.id;
  const held = (slug: string, data = {}) =>
    insertPrisoner(
      { slug: `${P}${slug}`, countryCode: COUNTRY },
      {
        ...data,
        detentions: { create: { facilityId, addressPublic: true } },
      },
    );
  writable = await held("writable");
  unreachable = await held("unreachable", {
    lettersArrive: "DO_NOT_ARRIVE",
    lettersCheckedOn: new Date("2026-11-01T00:00:00Z"),
  });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("I sent a letter", () => {
  it("counts clicks per prisoner and month, none lost when they come at once", async () => {
    const before = await countOf(writable.id);
    await Promise.all(
      Array.from({ length: 8 }, () => recordLetterSent(writable.slug, { clientIp: randomIp() })),
    );
    expect(await countOf(writable.id)).toBe(before + 8);
    const months = await prisma.lettersSentMonth.findMany({ where: { prisonerId: writable.id } });
    expect(months).toHaveLength(1);
    expect(months[0]!.month.toISOString().slice(0, 10)).toMatch(/^\d{4}-\d{2}-01$/);
  });

  it("keeps each month apart", async () => {
    const ip = randomIp();
    await recordLetterSent(writable.slug, { clientIp: ip, now: new Date("2026-01-15T12:00:00Z") });
    const january = await prisma.lettersSentMonth.findUnique({
      where: {
        prisonerId_month: { prisonerId: writable.id, month: new Date("2026-01-01T00:00:00Z") },
      },
    });
    expect(january?.count).toBe(1);
  });

  it("refuses a third click for the same prisoner from one address within a day", async () => {
    const ip = randomIp();
    const before = await countOf(writable.id);
    await recordLetterSent(writable.slug, { clientIp: ip });
    await recordLetterSent(writable.slug, { clientIp: ip });
    await expect(recordLetterSent(writable.slug, { clientIp: ip })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await countOf(writable.id)).toBe(before + 2);
  });

  it("counts nothing for a prisoner whose letters do not arrive, or an unpublished one", async () => {
    expect(await recordLetterSent(unreachable.slug, { clientIp: randomIp() })).toEqual({
      status: "rejected",
    });
    expect(await countOf(unreachable.id)).toBe(0);
    const draft = await insertPrisoner(
      { slug: `${P}draft`, countryCode: COUNTRY },
      { state: "DRAFT" },
    );
    expect(await recordLetterSent(draft.slug, { clientIp: randomIp() })).toEqual({
      status: "rejected",
    });
  });

  it("shows the month's count on the write page", async () => {
    const page = await getLetterWritingPage(writable.slug, "en");
    expect(page?.lettersThisMonth).toBe(await monthCount(writable.id));
  });
});

async function monthCount(prisonerId: string): Promise<number> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const row = await prisma.lettersSentMonth.findUnique({
    where: { prisonerId_month: { prisonerId, month } },
  });
  return row?.count ?? 0;
}

describe("whether letters arrive", () => {
  it("offers no address, and no suggestion, for a prisoner whose letters do not arrive", async () => {
    const page = await getLetterWritingPage(unreachable.slug, "en");
    expect(page?.blocked).toBe("doNotArrive");
    expect(page?.envelope).toBeNull();
    expect(JSON.stringify(page)).not.toContain("Лагерная");
    const today = new Date().toISOString().slice(0, 10);
    const slugs = (await getLetterCandidates(today)).map((candidate) => candidate.slug);
    expect(slugs).toContain(writable.slug);
    expect(slugs).not.toContain(unreachable.slug);
  });

  it("formats the envelope with the postcode last for a writable prisoner", async () => {
    const page = await getLetterWritingPage(writable.slug, "en");
    expect(page?.blocked).toBeNull();
    expect(page?.envelope?.lines.at(-1)).toBe("123456");
    expect(page?.envelope?.recipient).toContain("Человек");
  });

  it("saves the prisoner's flag from the Detentions tab with a revision and an audit row", async () => {
    const prisoner = await insertPrisoner({ slug: `${P}flagged`, countryCode: COUNTRY });
    const input = prisonerDetentionsSchema.parse({
      id: prisoner.id,
      expectedVersion: String(await prisonerVersion(prisoner.id)),
      lettersArrive: "DO_NOT_ARRIVE",
      lettersCheckedOn: "2026-12-01",
      detentions: {},
    });
    await savePrisonerDetentions(editor, input, context);
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } });
    expect(row.lettersArrive).toBe("DO_NOT_ARRIVE");
    expect(row.lettersCheckedOn?.toISOString().slice(0, 10)).toBe("2026-12-01");
    const [revision] = await revisionsOf(prisoner.id);
    expect(revision?.snapshot).toMatchObject({ lettersArrive: "DO_NOT_ARRIVE" });
    expect((await auditRowsOf(prisoner.id)).length).toBeGreaterThan(0);
  });

  it("lets a facility's more recent 'do not arrive' win over the prisoner's older 'arrive'", async () => {
    await prisma.prisoner.update({
      where: { id: writable.id },
      data: { lettersArrive: "ARRIVE", lettersCheckedOn: new Date("2025-05-01T00:00:00Z") },
    });
    const facility = await prisma.facility.findUniqueOrThrow({ where: { id: facilityId } });
    const input = facilitySchema.parse({
      slug: facility.slug,
      name: { en: "Colony 1" },
      kind: "PENAL_COLONY",
      countryCode: "RU",
      postalAddress: facility.postalAddress,
      lettersArrive: "DO_NOT_ARRIVE",
      lettersCheckedOn: "2026-11-20",
    });
    await updateReferenceItem(
      editor,
      "facility",
      { ...input, id: facilityId, expectedVersion: facility.version },
      context,
    );
    const page = await getLetterWritingPage(writable.slug, "ru");
    expect(page?.arrival).toEqual({
      arrival: "DO_NOT_ARRIVE",
      checkedOn: "2026-11-20",
      decidedBy: "facility",
    });
    expect(await recordLetterSent(writable.slug, { clientIp: randomIp() })).toEqual({
      status: "rejected",
    });
  });
});
