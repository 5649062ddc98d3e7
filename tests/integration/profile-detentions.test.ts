import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner } from "../fixtures/prisoners";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The detention history of the public profile: every place, most recent first, the transfers
 * between them, and nothing a redaction withholds. Rows live in a country of their own ("QD")
 * and carry the prefix below; values that must never reach the page carry the marker SECRET.
 */
const P = "profile-detentions-";
const COUNTRY = "QD";

async function facility(slug: string, name: { en: string; ru?: string }) {
  return prisma.facility.create({
    data: {
      slug: `${P}${slug}`,
      name,
      kind: "PRETRIAL_DETENTION_CENTRE",
      countryCode: COUNTRY,
      region: { en: "Region of " + name.en },
      postalAddress: `SECRET address of ${name.en}`,
      addressNotes: { en: "SECRET address notes" },
    },
  });
}

/** A person held in three places: an arrest cell, a remand prison, the colony they are in now. */
async function personWithThreeDetentions(slug: string, redactedFields: string[] = []) {
  const prisoner = await insertPrisoner(
    { slug: `${P}${slug}`, countryCode: COUNTRY, label: slug },
    { redactedFields },
  );
  const [cell, remand, colony] = await Promise.all([
    facility(`${slug}-cell`, { en: `Cell ${slug}`, ru: `Изолятор ${slug}` }),
    facility(`${slug}-remand`, { en: `Remand ${slug}` }),
    facility(`${slug}-colony`, { en: `Colony ${slug}`, ru: `Колония ${slug}` }),
  ]);
  const detention = (facilityId: string, startedOn: string, endedOn: string | null) =>
    prisma.detention.create({
      data: {
        prisonerId: prisoner.id,
        facilityId,
        startedOn: new Date(`${startedOn}T00:00:00Z`),
        endedOn: endedOn ? new Date(`${endedOn}T00:00:00Z`) : null,
        addressPublic: true,
        note: { en: `Note on ${startedOn}` },
      },
    });
  await detention(remand.id, "2022-05-01", "2023-08-20");
  await detention(colony.id, "2023-08-20", null);
  await detention(cell.id, "2022-04-26", "2022-05-01");
  return prisoner;
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qdland" } });
});

afterAll(async () => {
  await prisma.prisoner.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.facility.deleteMany({ where: { slug: { startsWith: P } } });
  await prisma.$disconnect();
});

describe("the profile's detention history", () => {
  it("lists every place of detention, most recent first, with dates, the current one marked", async () => {
    const prisoner = await personWithThreeDetentions("three");

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(
      profile!.detentionHistory.map((item) => [
        item.facilityName.text,
        item.facilityRegion?.text,
        item.startedOn?.iso,
        item.endedOn?.iso ?? null,
        item.current,
      ]),
    ).toEqual([
      ["Colony three", "Region of Colony three", "2023-08-20", null, true],
      ["Remand three", "Region of Remand three", "2022-05-01", "2023-08-20", false],
      ["Cell three", "Region of Cell three", "2022-04-26", "2022-05-01", false],
    ]);
    // The key facts still name the current place, and only it has an address.
    expect(profile!.currentDetention?.facilityName.text).toBe("Colony three");
    expect(JSON.stringify(profile!.detentionHistory)).not.toContain("SECRET");
  });

  it("puts each transfer on the timeline, from the place before to the next", async () => {
    const prisoner = await personWithThreeDetentions("transfers");

    const english = await getPublishedPrisonerProfile(prisoner.slug, "en");
    const russian = await getPublishedPrisonerProfile(prisoner.slug, "ru");

    expect(english!.transfers.map((item) => [item.date.iso, item.from.text, item.to.text])).toEqual(
      [
        ["2023-08-20", "Remand transfers", "Colony transfers"],
        ["2022-05-01", "Cell transfers", "Remand transfers"],
      ],
    );
    // Each name in the page's language where it has one, marked as fallback where not.
    expect(russian!.transfers[0]!.to).toMatchObject({
      text: "Колония transfers",
      isFallback: false,
    });
    expect(russian!.transfers[0]!.from).toMatchObject({
      text: "Remand transfers",
      isFallback: true,
    });
  });

  it("leaves a transfer to the editors' TRANSFER event of the same day", async () => {
    const prisoner = await personWithThreeDetentions("told");
    await prisma.event.create({
      data: {
        id: `${P}told-event`,
        date: new Date("2023-08-20T00:00:00Z"),
        type: "TRANSFER",
        title: { en: "Moved to the colony" },
        text: { en: "The editors wrote this transfer up themselves." },
        state: "PUBLISHED",
        prisoners: { create: [{ prisonerId: prisoner.id }] },
      },
    });

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.transfers.map((item) => item.date.iso)).toEqual(["2022-05-01"]);
    await prisma.event.delete({ where: { id: `${P}told-event` } });
  });

  it("withholds the whole history and its transfers when the detentions are redacted", async () => {
    const prisoner = await personWithThreeDetentions("withheld", ["detentions"]);

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.detentionHistory).toEqual([]);
    expect(profile!.transfers).toEqual([]);
    expect(profile!.currentDetention).toBeNull();
    expect(JSON.stringify(profile)).not.toMatch(
      /withheld-|Colony withheld|Remand withheld|Cell withheld/,
    );
  });

  it("never carries a facility's address in the history, even where the current one shows it", async () => {
    const prisoner = await personWithThreeDetentions("address");

    const profile = await getPublishedPrisonerProfile(prisoner.slug, "en");

    expect(profile!.currentDetention?.postalAddress).toBe("SECRET address of Colony address");
    for (const item of profile!.detentionHistory) {
      expect(Object.keys(item).sort()).toEqual([
        "current",
        "endedOn",
        "facilityKind",
        "facilityName",
        "facilityRegion",
        "id",
        "note",
        "startedOn",
      ]);
    }
  });
});
