import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ForbiddenError, InvalidFieldsError } from "@/lib/errors";
import { listPrisonerSponsorAlertRecipients } from "@/lib/sponsors/sponsor-alert-recipients";
import { getDashboardSponsors } from "@/lib/sponsors/dashboard-sponsors";
import { getPublicPrisonerSponsors } from "@/lib/sponsors/public-sponsors";
import {
  addPrisonerSponsor,
  removePrisonerSponsor,
  setPrisonerSponsorPublished,
} from "@/lib/sponsors/sponsor-writes";
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
 * Sponsors from parliaments (issue 19 part 4): only editors and administrators record one, only
 * a verified signatory can be one, every change leaves a revision and an audit row, and the
 * public profile shows published sponsors of verified signatories only, never the alert address.
 */
const COUNTRY = "XC";
const P = "sponsors-it-";

let editor: Actor;
let contributor: Actor;
let prisonerId: string;
let verifiedId: string;
let unverifiedId: string;

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}land`, name: { en: "Sponsorland" } });
  editor = await createStaffUser("EDITOR");
  contributor = await createStaffUser("CONTRIBUTOR");
  prisonerId = (await insertPrisoner({ slug: `${P}person`, countryCode: COUNTRY })).id;
  const letter = await insertPetition(prisma, { slug: `${P}letter`, label: "sponsors" });
  const verified = await prisma.notableSignatory.create({
    data: {
      letterId: letter.id,
      name: "Jane Sponsor",
      office: { en: "Member of the European Parliament", ru: "Депутат Европарламента" },
      verifiedAt: new Date(),
    },
    select: { id: true },
  });
  const unverified = await prisma.notableSignatory.create({
    data: { letterId: letter.id, name: "Not Verified" },
    select: { id: true },
  });
  verifiedId = verified.id;
  unverifiedId = unverified.id;
});

/** The change feed's entries of the test's prisoner (GET /api/v1/changes), oldest first. */
async function feedEntries(id = prisonerId) {
  return prisma.publicChange.findMany({
    where: { entityType: "prisoner", entityId: id },
    orderBy: { id: "asc" },
    select: { kind: true, slug: true, aspects: true },
  });
}

const sponsorsChanged = { kind: "changed", slug: `${P}person`, aspects: ["sponsors"] };

const newSponsor = () => ({
  prisonerId,
  signatoryId: verifiedId,
  since: "2025-03-12",
  published: true,
  alertEmail: "office@parliament.example",
  alertLocale: "ru" as const,
});

describe("recording a prisoner's sponsor", () => {
  it("a contributor cannot add, show, hide or remove a sponsor", async () => {
    await expect(addPrisonerSponsor(contributor, newSponsor())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      setPrisonerSponsorPublished(contributor, { id: "any", published: false }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removePrisonerSponsor(contributor, { id: "any" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await prisma.prisonerSponsor.count({ where: { prisonerId } })).toBe(0);
    expect(await feedEntries()).toEqual([]);
  });

  it("an unverified signatory cannot be a sponsor", async () => {
    await expect(
      addPrisonerSponsor(editor, { ...newSponsor(), signatoryId: unverifiedId }),
    ).rejects.toBeInstanceOf(InvalidFieldsError);
  });

  it("an editor adds a sponsor, shown on the profile with the localised office, without the address", async () => {
    const { id } = await addPrisonerSponsor(editor, newSponsor());
    const ru = await getPublicPrisonerSponsors(`${P}person`, "ru");
    expect(ru).toEqual([
      {
        name: "Jane Sponsor",
        office: { text: "Депутат Европарламента", lang: "ru", isFallback: false },
        countryCode: null,
        since: { iso: "2025-03-12", precision: "DAY" },
      },
    ]);
    expect(JSON.stringify(ru)).not.toContain("office@parliament.example");
    const revision = await prisma.revision.findUnique({
      where: {
        entityType_entityId_number: { entityType: "PrisonerSponsor", entityId: id, number: 1 },
      },
    });
    expect(revision?.authorId).toBe(editor.id);
    expect(revision?.snapshot).toMatchObject({ alertLocale: "ru" });
    const audit = await prisma.auditLog.findFirst({
      where: { action: "prisonerSponsor.added", entityId: id },
    });
    expect(audit?.details).toMatchObject({ prisonerId, signatoryName: "Jane Sponsor" });
    expect(JSON.stringify(audit?.details)).not.toContain("office@parliament.example");
    expect(await listPrisonerSponsorAlertRecipients(prisonerId)).toEqual([
      { sponsorId: id, email: "office@parliament.example", locale: "ru" },
    ]);
    expect(await feedEntries()).toEqual([sponsorsChanged]);
  });

  it("the alert recipients are read through the transaction they are asked in", async () => {
    const other = await insertPrisoner({ slug: `${P}in-tx`, countryCode: COUNTRY });
    const rollback = new Error("rolled back on purpose");
    await expect(
      prisma.$transaction(async (tx) => {
        const row = await tx.prisonerSponsor.create({
          data: {
            prisonerId: other.id,
            signatoryId: verifiedId,
            since: new Date("2025-03-12"),
            state: "PUBLISHED",
            alertEmail: "in-tx@parliament.example",
          },
          select: { id: true },
        });
        // Not committed: only the transaction itself sees the sponsorship.
        expect(await listPrisonerSponsorAlertRecipients(other.id, tx)).toEqual([
          { sponsorId: row.id, email: "in-tx@parliament.example", locale: "en" },
        ]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await listPrisonerSponsorAlertRecipients(other.id)).toEqual([]);
  });

  it("the same signatory cannot sponsor the same prisoner twice", async () => {
    await expect(addPrisonerSponsor(editor, newSponsor())).rejects.toBeInstanceOf(
      InvalidFieldsError,
    );
  });

  it("a hidden sponsor, or one whose verification is withdrawn, is not on the profile", async () => {
    const sponsor = await prisma.prisonerSponsor.findFirstOrThrow({ where: { prisonerId } });
    await setPrisonerSponsorPublished(editor, { id: sponsor.id, published: false });
    expect(await getPublicPrisonerSponsors(`${P}person`, "en")).toEqual([]);
    expect(await listPrisonerSponsorAlertRecipients(prisonerId)).toEqual([]);
    await setPrisonerSponsorPublished(editor, { id: sponsor.id, published: true });
    expect(await getPublicPrisonerSponsors(`${P}person`, "en")).toHaveLength(1);

    await prisma.notableSignatory.update({ where: { id: verifiedId }, data: { verifiedAt: null } });
    expect(await getPublicPrisonerSponsors(`${P}person`, "en")).toEqual([]);
    await prisma.notableSignatory.update({
      where: { id: verifiedId },
      data: { verifiedAt: new Date() },
    });
    const revisions = await prisma.revision.count({
      where: { entityType: "PrisonerSponsor", entityId: sponsor.id },
    });
    expect(revisions).toBe(3);
    // Hidden, then shown again: two more entries (the verification was changed outside the writes).
    expect(await feedEntries()).toEqual([sponsorsChanged, sponsorsChanged, sponsorsChanged]);
  });

  it("a sponsor the public never sees (hidden, or on a draft profile) makes no change-feed entry", async () => {
    const draft = await insertPrisoner(
      { slug: `${P}draft`, countryCode: COUNTRY },
      { state: "DRAFT" },
    );
    const onDraft = await addPrisonerSponsor(editor, { ...newSponsor(), prisonerId: draft.id });
    await setPrisonerSponsorPublished(editor, { id: onDraft.id, published: false });
    await removePrisonerSponsor(editor, { id: onDraft.id });
    expect(await feedEntries(draft.id)).toEqual([]);

    const other = await insertPrisoner({ slug: `${P}hidden`, countryCode: COUNTRY });
    const hidden = await addPrisonerSponsor(editor, {
      ...newSponsor(),
      prisonerId: other.id,
      published: false,
    });
    await removePrisonerSponsor(editor, { id: hidden.id });
    expect(await feedEntries(other.id)).toEqual([]);
  });

  it("the dashboard shows the alert address to editors and not to contributors", async () => {
    const forEditor = await getDashboardSponsors(editor, prisonerId, "en");
    expect(forEditor.sponsors[0]?.alertEmail).toBe("office@parliament.example");
    expect(forEditor.sponsors[0]?.alertLocale).toBe("ru");
    const forContributor = await getDashboardSponsors(contributor, prisonerId, "en");
    expect(forContributor.sponsors[0]?.alertEmail).toBeNull();
    expect(forContributor.choices).toEqual([]);
  });

  it("an editor removes a sponsor; a last revision and the audit row stay", async () => {
    const sponsor = await prisma.prisonerSponsor.findFirstOrThrow({ where: { prisonerId } });
    await removePrisonerSponsor(editor, { id: sponsor.id });
    expect(await prisma.prisonerSponsor.count({ where: { prisonerId } })).toBe(0);
    expect(await getPublicPrisonerSponsors(`${P}person`, "en")).toEqual([]);
    const last = await prisma.revision.findFirst({
      where: { entityType: "PrisonerSponsor", entityId: sponsor.id },
      orderBy: { number: "desc" },
    });
    expect(last?.summary).toBe("removed");
    expect(
      await prisma.auditLog.count({
        where: { action: "prisonerSponsor.removed", entityId: sponsor.id },
      }),
    ).toBe(1);
    expect(await feedEntries()).toHaveLength(4);
    expect((await feedEntries()).at(-1)).toEqual(sponsorsChanged);
  });
});
