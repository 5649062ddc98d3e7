import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { deleteContent, transitionContent, updateContent, type Tx } from "@/lib/content-store";
import { setSignatoryVerification } from "@/lib/data/signatory-verification";
import { prisma } from "@/lib/db";
import { updateMediaDetails } from "@/lib/media/media-writes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureCountry } from "../fixtures/countries";
import { insertPetition } from "../fixtures/petitions";
import { insertPrisoner } from "../fixtures/prisoners";
import { createStaffUser } from "../fixtures/staff-users";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

/**
 * The change feed's cascades (issue 20 item 5): a write of something published profiles SHOW
 * (a tag, a facility, a country's name, an article, an organisation, a sponsor's verification, a
 * shared timeline event) is one "changed" of each of those profiles with the aspect it is shown
 * under; drafts, profiles that redact that part, and edits of what no profile shows make none.
 */
const COUNTRY = "XH";
const P = "cascade-it-";

let editor: Actor;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: `${P}land`,
    name: { en: "Cascadeland", ru: "Каскадия" },
  });
  editor = await createStaffUser("EDITOR");
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** A profile of this file's country: published unless `data` says otherwise. */
async function profile(label: string, data: Partial<Prisma.PrisonerUncheckedCreateInput> = {}) {
  return insertPrisoner(
    { slug: `${P}${label}-${randomUUID().slice(0, 8)}`, countryCode: COUNTRY, label },
    data,
  );
}

/** The feed's last id now: entries after it are the ones a test's write made. */
async function feedPosition(): Promise<bigint> {
  const last = await prisma.publicChange.findFirst({
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return last?.id ?? 0n;
}

/** The prisoner entries written after `since` for each of `ids`, as { id: [[kind, aspects]] }. */
async function entriesOf(since: bigint, ids: Record<string, string>) {
  const rows = await prisma.publicChange.findMany({
    where: { id: { gt: since }, entityType: "prisoner", entityId: { in: Object.values(ids) } },
    orderBy: { id: "asc" },
    select: { entityId: true, kind: true, aspects: true, slug: true },
  });
  return Object.fromEntries(
    Object.entries(ids).map(([name, id]) => [
      name,
      rows.filter((row) => row.entityId === id).map((row) => [row.kind, row.aspects]),
    ]),
  );
}

async function save(
  type: "tag" | "facility" | "country" | "criminalCodeArticle" | "organisation" | "affiliation",
  id: string,
  apply: (tx: Tx) => Promise<unknown>,
) {
  const model = {
    tag: prisma.tag,
    facility: prisma.facility,
    country: prisma.country,
    criminalCodeArticle: prisma.criminalCodeArticle,
    organisation: prisma.organisation,
    affiliation: prisma.affiliation,
  }[type] as unknown as {
    findUniqueOrThrow(args: object): Promise<{ version: number }>;
  };
  const where = type === "country" ? { code: id } : { id };
  const { version } = await model.findUniqueOrThrow({ where });
  await updateContent(editor, {
    type,
    id,
    expectedVersion: version,
    apply: async (tx) => {
      await apply(tx);
    },
  });
}

describe("a reference item's edit is a change of the published profiles that show it", () => {
  it("renaming a tag: one 'tags' change per published tagged profile; drafts and profiles redacting tags get none", async () => {
    const tag = await prisma.tag.create({
      data: { slug: `${P}tag-${randomUUID().slice(0, 8)}`, name: { en: "Journalists" } },
    });
    const ids = {
      shown: (await profile("tag-shown")).id,
      redacted: (await profile("tag-redacted", { redactedFields: ["tags"] })).id,
      draft: (await profile("tag-draft", { state: "DRAFT" })).id,
      untagged: (await profile("tag-untagged")).id,
    };
    await prisma.prisonerTag.createMany({
      data: [ids.shown, ids.redacted, ids.draft].map((prisonerId) => ({
        prisonerId,
        tagId: tag.id,
      })),
    });
    const since = await feedPosition();
    await save("tag", tag.id, (tx) =>
      tx.tag.update({ where: { id: tag.id }, data: { name: { en: "Reporters" } } }),
    );
    expect(await entriesOf(since, ids)).toEqual({
      shown: [["changed", ["tags"]]],
      redacted: [],
      draft: [],
      untagged: [],
    });
  });

  it("deleting a tag is a change of the profiles that showed it, though the links go with it", async () => {
    const tag = await prisma.tag.create({
      data: { slug: `${P}gone-${randomUUID().slice(0, 8)}`, name: { en: "Bloggers" } },
    });
    const ids = { shown: (await profile("tag-deleted")).id };
    await prisma.prisonerTag.create({ data: { prisonerId: ids.shown, tagId: tag.id } });
    const since = await feedPosition();
    await deleteContent(editor, { type: "tag", id: tag.id, expectedVersion: tag.version });
    expect(await entriesOf(since, ids)).toEqual({ shown: [["changed", ["tags"]]] });
  });

  it("renaming a facility: a 'detention' change of published profiles held there now or before; an edit the profile does not show makes none", async () => {
    const facility = await prisma.facility.create({
      data: {
        slug: `${P}facility-${randomUUID().slice(0, 8)}`,
        name: { en: "Colony No. 3" },
        kind: "PENAL_COLONY",
        countryCode: COUNTRY,
      },
    });
    const ids = {
      current: (await profile("facility-current")).id,
      past: (await profile("facility-past")).id,
      redacted: (await profile("facility-redacted", { redactedFields: ["detentions"] })).id,
      draft: (await profile("facility-draft", { state: "DRAFT" })).id,
    };
    await prisma.detention.createMany({
      data: [
        { prisonerId: ids.current, facilityId: facility.id, addressPublic: true },
        { prisonerId: ids.past, facilityId: facility.id, endedOn: new Date("2024-01-01") },
        { prisonerId: ids.redacted, facilityId: facility.id },
        { prisonerId: ids.draft, facilityId: facility.id },
      ],
    });

    const beforeSlug = await feedPosition();
    await save("facility", facility.id, (tx) =>
      tx.facility.update({ where: { id: facility.id }, data: { slug: `${facility.slug}-moved` } }),
    );
    expect(await entriesOf(beforeSlug, ids)).toEqual({
      current: [],
      past: [],
      redacted: [],
      draft: [],
    });

    const beforeRename = await feedPosition();
    await save("facility", facility.id, (tx) =>
      tx.facility.update({ where: { id: facility.id }, data: { name: { en: "Colony No. 4" } } }),
    );
    expect(await entriesOf(beforeRename, ids)).toEqual({
      current: [["changed", ["detention"]]],
      past: [["changed", ["detention"]]],
      redacted: [],
      draft: [],
    });

    // The address shows only under a current detention whose address is public.
    const beforeAddress = await feedPosition();
    await save("facility", facility.id, (tx) =>
      tx.facility.update({ where: { id: facility.id }, data: { postalAddress: "Box 3, Town" } }),
    );
    expect(await entriesOf(beforeAddress, ids)).toEqual({
      current: [["changed", ["detention"]]],
      past: [],
      redacted: [],
      draft: [],
    });
  });

  it("renaming a country: an 'identity' change of its published profiles, none where the country is redacted", async () => {
    const ids = {
      shown: (await profile("country-shown")).id,
      redacted: (await profile("country-redacted", { redactedFields: ["country"] })).id,
      draft: (await profile("country-draft", { state: "DRAFT" })).id,
    };
    const since = await feedPosition();
    await save("country", COUNTRY, (tx) =>
      tx.country.update({
        where: { code: COUNTRY },
        data: { name: { en: `Cascadeland ${randomUUID().slice(0, 4)}`, ru: "Каскадия" } },
      }),
    );
    expect(await entriesOf(since, ids)).toEqual({
      shown: [["changed", ["identity"]]],
      redacted: [],
      draft: [],
    });
    // The country's own entry, as before.
    expect(
      await prisma.publicChange.count({
        where: { id: { gt: since }, entityType: "country", entityId: COUNTRY, kind: "changed" },
      }),
    ).toBe(1);
  });

  it("an article's title is a 'cases' change, an organisation's name a 'recognition' change", async () => {
    const article = await prisma.criminalCodeArticle.create({
      data: {
        countryCode: COUNTRY,
        code: `Code ${randomUUID().slice(0, 8)}`,
        codeName: { en: "Criminal Code" },
        article: "274",
        title: { en: "False information" },
      },
    });
    const organisation = await prisma.organisation.create({
      data: { slug: `${P}org-${randomUUID().slice(0, 8)}`, name: { en: "Rights Centre" } },
    });
    const ids = {
      charged: (await profile("article-charged")).id,
      chargesRedacted: (await profile("article-redacted", { redactedFields: ["charges"] })).id,
      recognised: (await profile("org-recognised")).id,
    };
    for (const prisonerId of [ids.charged, ids.chargesRedacted]) {
      await prisma.case.create({
        data: {
          prisonerId,
          countryCode: COUNTRY,
          stage: "INVESTIGATION",
          charges: { create: { articleId: article.id } },
        },
      });
    }
    await prisma.recognition.create({
      data: {
        prisonerId: ids.recognised,
        organisationId: organisation.id,
        kind: "POLITICAL_PRISONER_LIST",
      },
    });
    const since = await feedPosition();
    await save("criminalCodeArticle", article.id, (tx) =>
      tx.criminalCodeArticle.update({
        where: { id: article.id },
        data: { title: { en: "Spreading false information" } },
      }),
    );
    await save("organisation", organisation.id, (tx) =>
      tx.organisation.update({
        where: { id: organisation.id },
        data: { name: { en: "Human Rights Centre" } },
      }),
    );
    expect(await entriesOf(since, ids)).toEqual({
      charged: [["changed", ["cases"]]],
      chargesRedacted: [],
      recognised: [["changed", ["recognition"]]],
    });
  });
});

describe("other things a profile shows", () => {
  it("withdrawing a sponsor's verification is a 'sponsors' change of the published profiles it sponsors", async () => {
    const letter = await insertPetition(prisma, {
      slug: `${P}letter-${randomUUID().slice(0, 8)}`,
      label: "cascade",
    });
    const signatory = await prisma.notableSignatory.create({
      data: { letterId: letter.id, name: "Jane Sponsor", verifiedAt: new Date() },
    });
    const ids = {
      sponsored: (await profile("sponsored")).id,
      hiddenSponsor: (await profile("sponsor-hidden")).id,
      draft: (await profile("sponsored-draft", { state: "DRAFT" })).id,
    };
    await prisma.prisonerSponsor.createMany({
      data: [
        { prisonerId: ids.sponsored, state: "PUBLISHED" as const },
        { prisonerId: ids.hiddenSponsor, state: "DRAFT" as const },
        { prisonerId: ids.draft, state: "PUBLISHED" as const },
      ].map((row) => ({ ...row, signatoryId: signatory.id, since: new Date("2025-03-12") })),
    });
    const since = await feedPosition();
    await setSignatoryVerification(editor, {
      id: signatory.id,
      expectedVersion: signatory.version,
      verified: false,
      note: "Could not confirm the signature.",
    });
    expect(await entriesOf(since, ids)).toEqual({
      sponsored: [["changed", ["sponsors"]]],
      hiddenSponsor: [],
      draft: [],
    });
  });

  it("editing a published event shared by two profiles is a 'timeline' change of the other one too", async () => {
    const ids = {
      edited: (await profile("event-edited")).id,
      sharing: (await profile("event-sharing")).id,
      sharingRedacted: (await profile("event-redacted", { redactedFields: ["events"] })).id,
    };
    const event = await prisma.event.create({
      data: {
        date: new Date("2025-01-10"),
        type: "HEARING",
        text: { en: "A hearing." },
        state: "PUBLISHED",
        prisoners: { create: Object.values(ids).map((prisonerId) => ({ prisonerId })) },
      },
    });
    const since = await feedPosition();
    const { version } = await prisma.prisoner.findUniqueOrThrow({ where: { id: ids.edited } });
    await updateContent(editor, {
      type: "prisoner",
      id: ids.edited,
      expectedVersion: version,
      apply: async (tx) => {
        await tx.event.update({
          where: { id: event.id },
          data: { text: { en: "The hearing was postponed." } },
        });
      },
    });
    expect(await entriesOf(since, ids)).toEqual({
      edited: [["changed", ["timeline"]]],
      sharing: [["changed", ["timeline"]]],
      sharingRedacted: [],
    });
  });

  it("a letter the profiles list: its publication, its title and its links are 'letters' changes of the published profiles it concerns", async () => {
    const letter = await insertPetition(prisma, {
      slug: `${P}listed-${randomUUID().slice(0, 8)}`,
      label: "listed",
      state: "DRAFT",
      published: false,
    });
    const ids = {
      first: (await profile("letter-first")).id,
      second: (await profile("letter-second")).id,
      draft: (await profile("letter-draft", { state: "DRAFT" })).id,
      later: (await profile("letter-later")).id,
    };
    await prisma.letterPrisoner.createMany({
      data: [ids.first, ids.second, ids.draft].map((prisonerId) => ({
        letterId: letter.id,
        prisonerId,
      })),
    });
    const saveLetter = async (data: Prisma.LetterUpdateInput, link?: (tx: Tx) => unknown) => {
      const { version } = await prisma.letter.findUniqueOrThrow({ where: { id: letter.id } });
      const since = await feedPosition();
      await updateContent(editor, {
        type: "letter",
        id: letter.id,
        expectedVersion: version,
        apply: async (tx) => {
          await tx.letter.update({ where: { id: letter.id }, data });
          await link?.(tx);
        },
      });
      return entriesOf(since, ids);
    };
    const none = { first: [], second: [], draft: [], later: [] };
    // A draft letter is listed nowhere: editing it changes no profile.
    expect(await saveLetter({ summary: { en: "Still a draft." } })).toEqual(none);
    const opened = await feedPosition();
    await transitionContent(editor, {
      type: "letter",
      id: letter.id,
      expectedVersion: (await prisma.letter.findUniqueOrThrow({ where: { id: letter.id } }))
        .version,
      to: "OPEN",
    });
    expect(await entriesOf(opened, ids)).toEqual({
      ...none,
      first: [["changed", ["letters"]]],
      second: [["changed", ["letters"]]],
    });
    expect(await saveLetter({ title: { en: "Free them now" } })).toEqual({
      ...none,
      first: [["changed", ["letters"]]],
      second: [["changed", ["letters"]]],
    });
    // A field the profile's list does not show changes no profile.
    expect(await saveLetter({ goal: 5000 })).toEqual(none);
    // Moved from one profile to another: those two, the unlinked one included.
    expect(
      await saveLetter({}, async (tx) => {
        await tx.letterPrisoner.delete({
          where: { letterId_prisonerId: { letterId: letter.id, prisonerId: ids.second } },
        });
        await tx.letterPrisoner.create({ data: { letterId: letter.id, prisonerId: ids.later } });
      }),
    ).toEqual({ ...none, second: [["changed", ["letters"]]], later: [["changed", ["letters"]]] });
  });

  it("a publication withdrawn is a 'publications' change of the published profiles it concerned", async () => {
    const publication = await prisma.publication.create({
      data: {
        slug: `${P}report-${randomUUID().slice(0, 8)}`,
        type: "REPORT",
        title: { en: "Report" },
        summary: { en: "A report." },
        body: { en: { type: "doc", content: [] } },
        state: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    const ids = { concerned: (await profile("publication-concerned")).id };
    await prisma.publicationPrisoner.create({
      data: { publicationId: publication.id, prisonerId: ids.concerned },
    });
    const since = await feedPosition();
    await transitionContent(editor, {
      type: "publication",
      id: publication.id,
      expectedVersion: publication.version,
      to: "ARCHIVED",
    });
    expect(await entriesOf(since, ids)).toEqual({ concerned: [["changed", ["publications"]]] });
  });

  it("a photo's text alternative edited in the media library is a 'photo' change of the published profiles showing it, and a change of the publications using it", async () => {
    const asset = await prisma.mediaAsset.create({
      data: {
        kind: "IMAGE",
        storageKey: `cascade/${randomUUID()}.webp`,
        mimeType: "image/webp",
        byteSize: 1000,
        width: 400,
        height: 400,
        sha256: randomUUID().replaceAll("-", "").padEnd(64, "0"),
        alt: { en: "Portrait" },
      },
    });
    const ids = {
      shown: (await profile("photo-shown", { photoId: asset.id })).id,
      redacted: (await profile("photo-redacted", { photoId: asset.id, redactedFields: ["photo"] }))
        .id,
      draft: (await profile("photo-draft", { photoId: asset.id, state: "DRAFT" })).id,
    };
    const publication = await prisma.publication.create({
      data: {
        slug: `${P}cover-${randomUUID().slice(0, 8)}`,
        type: "NEWS",
        title: { en: "News" },
        summary: { en: "News." },
        body: { en: { type: "doc", content: [] } },
        state: "PUBLISHED",
        publishedAt: new Date(),
        coverImageId: asset.id,
      },
    });
    const since = await feedPosition();
    await updateMediaDetails(editor, asset.id, {
      "alt.en": "Portrait of the journalist in 2023",
      "alt.ru": "Портрет журналиста, 2023",
      credit: "Family archive",
    });
    expect(await entriesOf(since, ids)).toEqual({
      shown: [["changed", ["photo"]]],
      redacted: [],
      draft: [],
    });
    expect(
      await prisma.publicChange.findMany({
        where: { id: { gt: since }, entityType: "publication" },
        select: { entityId: true, kind: true },
      }),
    ).toEqual([{ entityId: publication.id, kind: "changed" }]);
  });
});
