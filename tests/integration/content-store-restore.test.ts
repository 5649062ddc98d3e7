import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { registryEntry, restoreRevision, updateContent, type Snapshot } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { createStaffUser } from "../fixtures/staff-users";
import { STORE_COUNTRY, draftPrisoner, revisionsOf, storeCountry } from "../fixtures/content-store";

let editor: Actor;

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  await storeCountry();
});

/** Gives a profile one of every child row the profile editor writes. */
async function fillProfile(prisonerId: string) {
  const u = randomUUID();
  const article = await prisma.criminalCodeArticle.create({
    data: {
      countryCode: STORE_COUNTRY,
      code: `Code ${u}`,
      codeName: { en: "Code" },
      article: "274",
      title: { en: "False information" },
    },
  });
  const facility = await prisma.facility.create({
    data: {
      slug: `store-fac-${u}`,
      name: { en: "SIZO-1" },
      kind: "PRETRIAL_DETENTION_CENTRE",
      countryCode: STORE_COUNTRY,
    },
  });
  const organisation = await prisma.organisation.create({
    data: { slug: `store-org-${u}`, name: { en: "Memorial" } },
  });
  const source = await prisma.source.create({
    data: { title: "Court ruling", confidence: "CONFIRMED" },
  });
  const tag = await prisma.tag.create({
    data: { slug: `store-tag-${u}`, name: { en: "Journalist" } },
  });
  const affiliation = await prisma.affiliation.create({
    data: { slug: `store-aff-${u}`, name: { en: "Open Russia" } },
  });

  return async (tx: Parameters<Parameters<typeof updateContent>[1]["apply"]>[0]) => {
    const caseRow = await tx.case.create({
      data: {
        prisonerId,
        countryCode: STORE_COUNTRY,
        stage: "TRIAL",
        detainedOn: new Date("2024-03-01"),
        title: { en: "The post case" },
        charges: { create: [{ articleId: article.id, note: { en: "for a post" } }] },
        citations: { create: [{ sourceId: source.id, locator: "p. 2" }] },
      },
    });
    await tx.detention.create({
      data: {
        prisonerId,
        facilityId: facility.id,
        startedOn: new Date("2024-03-02"),
        addressPublic: true,
      },
    });
    await tx.prisonerStatusChange.create({
      data: {
        prisonerId,
        status: "PRETRIAL_DETENTION",
        effectiveOn: new Date("2024-03-01"),
        citations: { create: [{ sourceId: source.id }] },
      },
    });
    await tx.criterionAssessment.create({
      data: { prisonerId, criterion: "UNFAIR_PROCEEDINGS", reasoning: { en: "Closed trial." } },
    });
    await tx.recognition.create({
      data: {
        prisonerId,
        organisationId: organisation.id,
        kind: "POLITICAL_PRISONER_LIST",
        recognisedOn: new Date("2024-05-01"),
      },
    });
    await tx.prisonerTag.create({ data: { prisonerId, tagId: tag.id } });
    await tx.prisonerAffiliation.create({
      data: { prisonerId, affiliationId: affiliation.id, role: { en: "coordinator" } },
    });
    await tx.citation.create({ data: { prisonerId, field: "birthDate", sourceId: source.id } });
    await tx.event.create({
      data: {
        date: new Date("2024-03-01"),
        type: "ARREST",
        text: { en: "Arrested at home." },
        caseId: caseRow.id,
        prisoners: { create: [{ prisonerId }] },
        citations: { create: [{ sourceId: source.id }] },
      },
    });
    await tx.prisonerInternal.create({
      data: { prisonerId, lawyerContacts: "Lawyer: +7 700 111 2233" },
    });
  };
}

async function clearProfile(
  tx: Parameters<Parameters<typeof updateContent>[1]["apply"]>[0],
  prisonerId: string,
) {
  await tx.case.deleteMany({ where: { prisonerId } });
  await tx.detention.deleteMany({ where: { prisonerId } });
  await tx.prisonerStatusChange.deleteMany({ where: { prisonerId } });
  await tx.criterionAssessment.deleteMany({ where: { prisonerId } });
  await tx.recognition.deleteMany({ where: { prisonerId } });
  await tx.prisonerTag.deleteMany({ where: { prisonerId } });
  await tx.prisonerAffiliation.deleteMany({ where: { prisonerId } });
  await tx.citation.deleteMany({ where: { prisonerId } });
  await tx.event.deleteMany({ where: { prisoners: { some: { prisonerId } } } });
  await tx.prisonerInternal.deleteMany({ where: { prisonerId } });
  await tx.nameVariant.deleteMany({ where: { prisonerId } });
  await tx.prisoner.update({
    where: { id: prisonerId },
    data: { name: { en: "Cleared" }, birthYear: 1990 },
  });
}

describe("content store: restoring a whole prisoner profile", () => {
  it("restoring a revision brings back every child row (cases, charges, events, citations, internal notes) under the same ids", async () => {
    const { id } = await draftPrisoner(editor);
    const fill = await fillProfile(id);
    const filled = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: fill,
    });
    const cleared = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: filled.version,
      apply: (tx) => clearProfile(tx, id),
    });
    const [, full, empty] = await revisionsOf(id);
    const fullSnapshot = full!.snapshot as Snapshot;
    expect((fullSnapshot.cases as Snapshot[])[0]!.charges).toHaveLength(1);
    expect(fullSnapshot.events).toHaveLength(1);
    expect(empty!.snapshot).toMatchObject({
      cases: [],
      events: [],
      internal: null,
      name: { en: "Cleared" },
    });

    const restored = await restoreRevision(editor, {
      type: "prisoner",
      id,
      revisionNumber: full!.number,
      expectedVersion: cleared.version,
    });

    const current = await prisma.$transaction((tx) =>
      registryEntry("prisoner").loadSnapshot(tx, id),
    );
    expect(current).toEqual(fullSnapshot);
    const latest = (await revisionsOf(id)).at(-1)!;
    expect(latest).toMatchObject({
      number: restored.version,
      summary: `Restored revision ${full!.number}`,
    });
    expect(latest.snapshot).toEqual(fullSnapshot);
  });

  it("restores a revision recorded before a column existed, keeping the column's current value", async () => {
    const { id } = await draftPrisoner(editor);
    const edited = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx) => {
        await tx.prisoner.update({
          where: { id },
          data: { lettersArrive: "ARRIVE", birthYear: 1980 },
        });
      },
    });
    const [first] = await revisionsOf(id);
    // As a revision recorded before the letters-arrive columns were added: it does not name them.
    const older = { ...(first!.snapshot as Snapshot) };
    delete older.lettersArrive;
    delete older.lettersCheckedOn;
    await prisma.revision.update({ where: { id: first!.id }, data: { snapshot: older } });

    await restoreRevision(editor, {
      type: "prisoner",
      id,
      revisionNumber: first!.number,
      expectedVersion: edited.version,
    });
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ lettersArrive: "ARRIVE", birthYear: null });
  });
});
