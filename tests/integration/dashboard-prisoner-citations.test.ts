import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { updatePrisonerCases } from "@/lib/actions/prisoners/update-prisoner-cases";
import { updatePrisonerPolitical } from "@/lib/actions/prisoners/update-prisoner-political";
import { initialFormState } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { createStaffUser, signInRequestAs, type StaffUser } from "./auth-request";

/**
 * The sources of a case and of a recognition (Citation rows, one target each), chosen on the
 * "Cases & charges" and "Why political" tabs, through the real actions and content store.
 */
vi.mock("next/headers", async () => (await import("./auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => (await import("./auth-request")).nextIntlServerModule);

const COUNTRY = "QC";
let editor: StaffUser;
let verdictReport: string;
let courtRecord: string;
let organisation: string;

beforeAll(async () => {
  await prisma.country.upsert({
    where: { code: COUNTRY },
    create: { code: COUNTRY, slug: "citations-it-country", name: { en: "Citationland" } },
    update: {},
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
