import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { updatePrisonerCases } from "@/lib/actions/prisoners/update-prisoner-cases";
import { updatePrisonerDetentions } from "@/lib/actions/prisoners/update-prisoner-detentions";
import { updatePrisonerPolitical } from "@/lib/actions/prisoners/update-prisoner-political";
import { updatePrisonerProfileCitations } from "@/lib/actions/prisoners/update-prisoner-profile-citations";
import { updatePrisonerStatusHistory } from "@/lib/actions/prisoners/update-prisoner-status-history";
import { initialFormState } from "@/lib/actions/staff-action";
import { restoreRevision } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs } from "../fixtures/auth-request";
import { ensureCountry } from "../fixtures/countries";

/**
 * The sources of a case and of a recognition (Citation rows, one target each), chosen on the
 * "Cases & charges" and "Why political" tabs; the citation rows of a status, a detention and the
 * profile itself ("Status history", "Detentions", "Sources of the profile" tabs), through the
 * real actions and content store.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const COUNTRY = "QC";
let editor: StaffUser;
let verdictReport: string;
let courtRecord: string;
let organisation: string;
let facility: string;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: "citations-it-country",
    name: { en: "Citationland" },
  });
  const source = async (title: string) =>
    (await prisma.source.create({ data: { title, confidence: "REPORTED" } })).id;
  verdictReport = await source("Report on the verdict");
  courtRecord = await source("Court record");
  organisation = (
    await prisma.organisation.create({
      data: { slug: `it-org-${randomUUID().slice(0, 8)}`, name: { en: "Watch group" } },
    })
  ).id;
  facility = (
    await prisma.facility.create({
      data: {
        slug: `it-colony-${randomUUID().slice(0, 8)}`,
        name: { en: "Penal colony No. 3" },
        kind: "PENAL_COLONY",
        countryCode: COUNTRY,
      },
    })
  ).id;
  editor = await createStaffUser("EDITOR");
});

async function createProfile(): Promise<string> {
  await signInRequestAs(editor);
  const form = new FormData();
  for (const [name, value] of Object.entries({
    locale: "en",
    "name.en": "Sara Cited",
    sortName: "Cited Sara",
    slug: `sara-cited-${randomUUID().slice(0, 8)}`,
    countryCode: COUNTRY,
    status: "IMPRISONED",
    "summary.en": "A lawyer imprisoned for her clients' defence.",
  })) {
    form.set(name, value);
  }
  const digest = await createPrisoner(initialFormState, form).then(
    (state) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
    },
    (error: unknown) => (error as { digest?: string }).digest ?? "",
  );
  return /\/dashboard\/prisoners\/([^;/]+);/.exec(digest)![1]!;
}

function casesForm(id: string, version: number, sourceIds: string[]): FormData {
  const form = new FormData();
  form.set("id", id);
  form.set("expectedVersion", String(version));
  form.set("intent", "save");
  form.set("cases.0.countryCode", COUNTRY);
  form.set("cases.0.stage", "SENTENCED");
  form.set("cases.0.verdictOn", "2025-05-01");
  for (const sourceId of sourceIds) form.append("cases.0.sourceIds", sourceId);
  return form;
}

describe("sources of a case", () => {
  it("are saved in the chosen order with a revision, and replaced on the next save", async () => {
    const id = await createProfile();
    const first = await updatePrisonerCases(
      initialFormState,
      casesForm(id, 1, [courtRecord, verdictReport]),
    );
    expect(first).toMatchObject({ status: "success", result: { version: 2 } });
    const stored = await prisma.case.findFirstOrThrow({
      where: { prisonerId: id },
      include: { citations: { orderBy: { position: "asc" } } },
    });
    expect(stored.citations.map((citation) => citation.sourceId)).toEqual([
      courtRecord,
      verdictReport,
    ]);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Prisoner", entityId: id, number: 2 },
    });
    expect(JSON.stringify(revision)).toContain(courtRecord);

    const second = new FormData();
    for (const [name, value] of casesForm(id, 2, [verdictReport]).entries()) {
      second.append(name, value);
    }
    second.set("cases.0.id", stored.id);
    expect((await updatePrisonerCases(initialFormState, second)).status).toBe("success");
    const citations = await prisma.citation.findMany({ where: { caseId: stored.id } });
    expect(citations.map((citation) => citation.sourceId)).toEqual([verdictReport]);
  });

  it("refuses an unknown source on the case's sources field and writes nothing", async () => {
    const id = await createProfile();
    const state = await updatePrisonerCases(
      initialFormState,
      casesForm(id, 1, [verdictReport, "no-such-source"]),
    );
    expect(state).toMatchObject({ status: "invalid" });
    expect(Object.keys((state as { fieldErrors: Record<string, string> }).fieldErrors)).toEqual([
      "cases.0.sourceIds",
    ]);
    expect(await prisma.case.count({ where: { prisonerId: id } })).toBe(0);
  });
});

describe("sources of a recognition", () => {
  it("are saved with the recognition and kept with it when it is edited", async () => {
    const id = await createProfile();
    const form = new FormData();
    form.set("id", id);
    form.set("expectedVersion", "1");
    form.set("intent", "save");
    form.set("recognitions.0.organisationId", organisation);
    form.set("recognitions.0.kind", "POLITICAL_PRISONER_LIST");
    form.append("recognitions.0.sourceIds", verdictReport);
    expect(await updatePrisonerPolitical(initialFormState, form)).toMatchObject({
      status: "success",
    });
    const recognition = await prisma.recognition.findFirstOrThrow({
      where: { prisonerId: id },
      include: { citations: true },
    });
    expect(recognition.citations.map((citation) => citation.sourceId)).toEqual([verdictReport]);

    const edit = new FormData();
    edit.set("id", id);
    edit.set("expectedVersion", "2");
    edit.set("intent", "save");
    edit.set("recognitions.0.id", recognition.id);
    edit.set("recognitions.0.organisationId", organisation);
    edit.set("recognitions.0.kind", "POLITICAL_PRISONER_LIST");
    edit.append("recognitions.0.sourceIds", courtRecord);
    edit.append("recognitions.0.sourceIds", verdictReport);
    expect((await updatePrisonerPolitical(initialFormState, edit)).status).toBe("success");
    const citations = await prisma.citation.findMany({
      where: { recognitionId: recognition.id },
      orderBy: { position: "asc" },
    });
    expect(citations.map((citation) => citation.sourceId)).toEqual([courtRecord, verdictReport]);
  });
});

/** A tab's form as the browser posts it: the fields, the id and the version it was based on. */
function tabForm(id: string, version: number, fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("id", id);
  form.set("expectedVersion", String(version));
  form.set("intent", "save");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

function fieldErrorsOf(state: unknown): Record<string, string> {
  return (state as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
}

async function citationsOf(where: {
  statusChangeId?: string;
  detentionId?: string;
  prisonerId?: string;
}) {
  return prisma.citation.findMany({
    where,
    orderBy: { position: "asc" },
    include: { source: { select: { title: true, url: true, confidence: true } } },
  });
}

describe("sources of a status", () => {
  it("are saved in order, an existing source and a new one described in place", async () => {
    const id = await createProfile();
    const state = await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 1, {
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.effectiveOn": "2025-05-01",
        "statusChanges.0.citations.0.sourceId": courtRecord,
        "statusChanges.0.citations.0.locator": "p. 12",
        "statusChanges.0.citations.1.newTitle": "Verdict announced",
        "statusChanges.0.citations.1.newUrl": "https://news.example/verdict",
        "statusChanges.0.citations.1.newConfidence": "CONFIRMED",
        // The spare row the form always offers.
        "statusChanges.0.citations.2.newConfidence": "UNVERIFIED",
      }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    const change = await prisma.prisonerStatusChange.findFirstOrThrow({
      where: { prisonerId: id },
    });
    const citations = await citationsOf({ statusChangeId: change.id });
    expect(
      citations.map((c) => [c.sourceId === courtRecord, c.locator, c.source.title, c.field]),
    ).toEqual([
      [true, "p. 12", "Court record", null],
      [false, null, "Verdict announced", null],
    ]);
    expect(citations[1]!.source).toMatchObject({
      url: "https://news.example/verdict",
      confidence: "CONFIRMED",
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Prisoner", entityId: id, number: 2 },
    });
    expect(JSON.stringify(revision.snapshot)).toContain("Verdict announced");

    // Saving the same status again with one source replaces its citations, under the same row.
    const again = await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 2, {
        "statusChanges.0.id": change.id,
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.effectiveOn": "2025-05-01",
        "statusChanges.0.citations.0.sourceId": verdictReport,
      }),
    );
    expect(again.status).toBe("success");
    expect((await citationsOf({ statusChangeId: change.id })).map((c) => c.sourceId)).toEqual([
      verdictReport,
    ]);
  });

  it("refuses an unknown source on that citation's select and writes nothing", async () => {
    const id = await createProfile();
    const state = await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 1, {
        "statusChanges.0.status": "RELEASED",
        "statusChanges.0.citations.0.sourceId": courtRecord,
        "statusChanges.0.citations.1.sourceId": "no-such-source",
      }),
    );
    expect(state).toMatchObject({ status: "invalid" });
    expect(Object.keys(fieldErrorsOf(state))).toEqual(["statusChanges.0.citations.1.sourceId"]);
    // The form comes back with what was typed.
    expect((state as { values: Record<string, string> }).values).toMatchObject({
      "statusChanges.0.citations.1.sourceId": "no-such-source",
    });
    expect(await prisma.prisoner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 1,
      status: "IMPRISONED",
    });
  });
});

describe("sources of a detention", () => {
  it("are saved in order with the period and kept when it is edited", async () => {
    const id = await createProfile();
    const state = await updatePrisonerDetentions(
      initialFormState,
      tabForm(id, 1, {
        "detentions.0.facilityId": facility,
        "detentions.0.startedOn": "2024-02",
        "detentions.0.citations.0.newTitle": "Letter from the colony",
        "detentions.0.citations.0.newPublisher": "The family",
        "detentions.0.citations.0.newConfidence": "UNVERIFIED",
        "detentions.0.citations.1.sourceId": verdictReport,
        "detentions.0.citations.1.locator": "§ 3",
      }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    const detention = await prisma.detention.findFirstOrThrow({ where: { prisonerId: id } });
    const citations = await citationsOf({ detentionId: detention.id });
    expect(citations.map((c) => [c.source.title, c.locator])).toEqual([
      ["Letter from the colony", null],
      ["Report on the verdict", "§ 3"],
    ]);
    expect(citations[0]!.source.confidence).toBe("UNVERIFIED");

    const edit = await updatePrisonerDetentions(
      initialFormState,
      tabForm(id, 2, {
        "detentions.0.id": detention.id,
        "detentions.0.facilityId": facility,
        "detentions.0.startedOn": "2024-03",
        "detentions.0.citations.0.sourceId": citations[1]!.sourceId,
        "detentions.0.citations.0.locator": "§ 3",
        "detentions.0.citations.1.sourceId": citations[0]!.sourceId,
      }),
    );
    expect(edit.status).toBe("success");
    expect((await citationsOf({ detentionId: detention.id })).map((c) => c.sourceId)).toEqual([
      verdictReport,
      citations[0]!.sourceId,
    ]);
  });

  it("refuses an unknown source on the detention citation's select", async () => {
    const id = await createProfile();
    const state = await updatePrisonerDetentions(
      initialFormState,
      tabForm(id, 1, {
        "detentions.0.facilityId": facility,
        "detentions.0.citations.0.sourceId": "no-such-source",
      }),
    );
    expect(state).toMatchObject({ status: "invalid" });
    expect(Object.keys(fieldErrorsOf(state))).toEqual(["detentions.0.citations.0.sourceId"]);
    expect(await prisma.detention.count({ where: { prisonerId: id } })).toBe(0);
  });
});

describe("sources of the profile itself", () => {
  it("support the whole profile or one fact and are replaced together, leaving other citations", async () => {
    const id = await createProfile();
    await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 1, {
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.citations.0.sourceId": courtRecord,
      }),
    );
    const first = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 2, {
        "citations.0.field": "status",
        "citations.0.sourceId": verdictReport,
        "citations.1.field": "",
        "citations.1.newTitle": "Profile by a watch group",
        "citations.2.field": "arrestedOn",
        "citations.2.sourceId": courtRecord,
        "citations.2.locator": "p. 1",
      }),
    );
    expect(first).toMatchObject({ status: "success", result: { version: 3 } });
    expect(
      (await citationsOf({ prisonerId: id })).map((c) => [c.field, c.source.title, c.locator]),
    ).toEqual([
      ["status", "Report on the verdict", null],
      [null, "Profile by a watch group", null],
      ["arrestedOn", "Court record", "p. 1"],
    ]);

    const second = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 3, { "citations.0.field": "birthDate", "citations.0.sourceId": courtRecord }),
    );
    expect(second.status).toBe("success");
    expect((await citationsOf({ prisonerId: id })).map((c) => [c.field, c.sourceId])).toEqual([
      ["birthDate", courtRecord],
    ]);
    // The status's own citation is not a profile-level one and stays.
    const change = await prisma.prisonerStatusChange.findFirstOrThrow({
      where: { prisonerId: id },
    });
    expect((await citationsOf({ statusChangeId: change.id })).map((c) => c.sourceId)).toEqual([
      courtRecord,
    ]);
  });

  it("refuses an unknown source on its select and a fact the profile cannot cite", async () => {
    const id = await createProfile();
    const state = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 1, {
        "citations.0.field": "status",
        "citations.0.sourceId": "no-such-source",
      }),
    );
    expect(state).toMatchObject({ status: "invalid" });
    expect(Object.keys(fieldErrorsOf(state))).toEqual(["citations.0.sourceId"]);
    const field = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 1, { "citations.0.field": "internalNotes", "citations.0.sourceId": courtRecord }),
    );
    expect(Object.keys(fieldErrorsOf(field))).toEqual(["citations.0.field"]);
    expect(await prisma.citation.count({ where: { prisonerId: id } })).toBe(0);
  });

  it("refuses a save based on an older version with a conflict, writing nothing", async () => {
    const id = await createProfile();
    expect(
      (
        await updatePrisonerProfileCitations(
          initialFormState,
          tabForm(id, 1, { "citations.0.sourceId": courtRecord }),
        )
      ).status,
    ).toBe("success");
    const stale = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 1, { "citations.0.sourceId": verdictReport }),
    );
    expect(stale).toMatchObject({
      status: "error",
      code: "conflict",
      conflict: { expectedVersion: 1, currentVersion: 2 },
    });
    expect((await citationsOf({ prisonerId: id })).map((c) => c.sourceId)).toEqual([courtRecord]);
  });

  it("are refused to a contributor once the profile is published", async () => {
    const id = await createProfile();
    await prisma.prisoner.update({
      where: { id },
      data: { state: "PUBLISHED", publishedAt: new Date() },
    });
    await signInRequestAs(await createStaffUser("CONTRIBUTOR"));
    const state = await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 1, { "citations.0.field": "status", "citations.0.sourceId": courtRecord }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    const status = await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 1, {
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.citations.0.sourceId": courtRecord,
      }),
    );
    expect(status).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.citation.count({ where: { prisonerId: id } })).toBe(0);
  });
});

describe("restoring a revision", () => {
  it("brings back the citations of the statuses, detentions and profile as they were", async () => {
    const id = await createProfile();
    await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 1, {
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.effectiveOn": "2025-05-01",
        "statusChanges.0.citations.0.sourceId": courtRecord,
        "statusChanges.0.citations.0.locator": "p. 2",
        "statusChanges.0.citations.1.sourceId": verdictReport,
      }),
    );
    await updatePrisonerDetentions(
      initialFormState,
      tabForm(id, 2, {
        "detentions.0.facilityId": facility,
        "detentions.0.citations.0.sourceId": verdictReport,
      }),
    );
    await updatePrisonerProfileCitations(
      initialFormState,
      tabForm(id, 3, {
        "citations.0.field": "status",
        "citations.0.sourceId": courtRecord,
        "citations.1.sourceId": verdictReport,
      }),
    );
    const change = await prisma.prisonerStatusChange.findFirstOrThrow({
      where: { prisonerId: id },
    });
    const detention = await prisma.detention.findFirstOrThrow({ where: { prisonerId: id } });
    const summary = async () => ({
      status: (await citationsOf({ statusChangeId: change.id })).map((c) => [
        c.sourceId,
        c.locator,
      ]),
      detention: (await citationsOf({ detentionId: detention.id })).map((c) => c.sourceId),
      profile: (await citationsOf({ prisonerId: id })).map((c) => [c.field, c.sourceId]),
    });
    const before = await summary();
    expect(before).toEqual({
      status: [
        [courtRecord, "p. 2"],
        [verdictReport, null],
      ],
      detention: [verdictReport],
      profile: [
        ["status", courtRecord],
        [null, verdictReport],
      ],
    });

    // Every citation removed, in three saves (versions 5, 6, 7).
    await updatePrisonerStatusHistory(
      initialFormState,
      tabForm(id, 4, {
        "statusChanges.0.id": change.id,
        "statusChanges.0.status": "IMPRISONED",
        "statusChanges.0.effectiveOn": "2025-05-01",
      }),
    );
    await updatePrisonerDetentions(
      initialFormState,
      tabForm(id, 5, { "detentions.0.id": detention.id, "detentions.0.facilityId": facility }),
    );
    await updatePrisonerProfileCitations(initialFormState, tabForm(id, 6, {}));
    expect(await summary()).toEqual({ status: [], detention: [], profile: [] });

    await restoreRevision(editor, { type: "prisoner", id, revisionNumber: 4, expectedVersion: 7 });
    expect(await summary()).toEqual(before);
  });
});
