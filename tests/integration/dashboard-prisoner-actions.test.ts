import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { updatePrisonerBasics } from "@/lib/actions/prisoners/update-prisoner-basics";
import { updatePrisonerCases } from "@/lib/actions/prisoners/update-prisoner-cases";
import { updatePrisonerInternal } from "@/lib/actions/prisoners/update-prisoner-internal";
import { updatePrisonerNames } from "@/lib/actions/prisoners/update-prisoner-names";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { transitionContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import {
  readPrisonerProfileRecordForPreview,
  toPrisonerProfileDto,
} from "@/lib/data/prisoner-profile";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { prisonerBasicsForm, prisonerVersion } from "../fixtures/prisoners";
import type { FormFields } from "../fixtures/server-actions";
import { ensureCountry } from "../fixtures/countries";

/**
 * The prisoner editor's server actions called directly, as a forged or scripted request would:
 * a real session cookie, the staff-action wrapper, the shared schemas, the content store and
 * PostgreSQL. Only the request itself (headers, the request locale) is simulated.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const COUNTRY = "QP";

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: "editor-it-country",
    name: { en: "Editorland", ru: "Редакция" },
  });
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
});

/** The basics form of this file's profiles: with a Russian name and dates. */
const basicsForm = (fields: FormFields = {}) =>
  prisonerBasicsForm(COUNTRY, {
    "name.ru": "Айгуль Серикова",
    birthDate: "1990-04-02",
    arrestedOn: "2025-03",
    ...fields,
  });

/** Runs a create action, which ends in a redirect, and returns the new profile's id. */
async function createAs(user: StaffUser, form: FormData): Promise<string> {
  await signInRequestAs(user);
  const redirect = await createPrisoner(initialFormState, form).then(
    (state) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
    },
    (error: unknown) => error as { digest?: string },
  );
  const match = /\/dashboard\/prisoners\/([^;/]+);/.exec(redirect.digest ?? "");
  if (!match) throw redirect;
  return match[1]!;
}

describe("creating a profile", () => {
  it("is refused without a session and nothing is written", async () => {
    signOutRequest();
    const form = basicsForm();
    const state = await createPrisoner(initialFormState, form);
    expect(state).toMatchObject({ status: "error", code: "signed-out" });
    expect(state.values.slug).toBe(form.get("slug"));
    expect(await prisma.prisoner.count({ where: { slug: String(form.get("slug")) } })).toBe(0);
  });

  it("a contributor creates a draft with its first revision and status history", async () => {
    const id = await createAs(contributor, basicsForm());
    const prisoner = await prisma.prisoner.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: true },
    });
    expect(prisoner).toMatchObject({
      state: "DRAFT",
      version: 1,
      arrestedOnPrecision: "MONTH",
      createdById: contributor.id,
    });
    expect(prisoner.statusChanges.map((change) => change.status)).toEqual(["PRETRIAL_DETENTION"]);
    expect(await prisma.revision.count({ where: { entityType: "Prisoner", entityId: id } })).toBe(
      1,
    );
  });
});

describe("saving the basics", () => {
  it("refuses invalid values with specific messages and keeps everything typed", async () => {
    const id = await createAs(editor, basicsForm());
    const form = basicsForm({
      id,
      expectedVersion: "1",
      "name.en": "",
      arrestedOn: "1980",
      slug: "Not A Slug",
    });
    const state = await updatePrisonerBasics(initialFormState, form);
    expect(state.status).toBe("invalid");
    const invalid = state as Extract<FormState, { status: "invalid" }>;
    expect(invalid.fieldErrors).toMatchObject({
      "name.en": "The English text is required.",
      arrestedOn: "The date of arrest cannot be before the date of birth.",
      slug: expect.stringContaining("Use lower-case Latin letters"),
    });
    expect(invalid.values).toMatchObject({
      "name.ru": "Айгуль Серикова",
      arrestedOn: "1980",
      slug: "Not A Slug",
    });
    expect(await prisonerVersion(id)).toBe(1);
  });

  it("a save writes a revision and a status change appends to the history", async () => {
    const id = await createAs(editor, basicsForm());
    const state = await updatePrisonerBasics(
      initialFormState,
      basicsForm({
        id,
        expectedVersion: "1",
        slug: (await prisma.prisoner.findUniqueOrThrow({ where: { id } })).slug,
        status: "IMPRISONED",
        statusSince: "2025-11-20",
        "statusNote.en": "Sentenced to five years.",
      }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    const revisions = await prisma.revision.findMany({
      where: { entityType: "Prisoner", entityId: id },
      orderBy: { number: "asc" },
    });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(revisions[1]!.authorId).toBe(editor.id);
    const changes = await prisma.prisonerStatusChange.findMany({
      where: { prisonerId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((change) => change.status)).toEqual(["PRETRIAL_DETENTION", "IMPRISONED"]);
    expect(changes[1]!.note).toEqual({ en: "Sentenced to five years." });
  });

  it("the later of two saves based on the same version gets the conflict and keeps its values", async () => {
    const id = await createAs(editor, basicsForm());
    const slug = (await prisma.prisoner.findUniqueOrThrow({ where: { id } })).slug;
    const first = await updatePrisonerBasics(
      initialFormState,
      basicsForm({ id, slug, expectedVersion: "1", "summary.en": "First editor's summary." }),
    );
    expect(first.status).toBe("success");

    await signInRequestAs(contributor);
    const second = await updatePrisonerBasics(
      initialFormState,
      basicsForm({ id, slug, expectedVersion: "1", "summary.en": "Second editor's summary." }),
    );
    expect(second).toMatchObject({ status: "error", code: "conflict" });
    const conflict = (second as Extract<FormState, { status: "error" }>).conflict!;
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.changes).toContainEqual(
      expect.objectContaining({ path: ["summary", "en"], after: "First editor's summary." }),
    );
    expect(second.values["summary.en"]).toBe("Second editor's summary.");
    const stored = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(stored.summary).toMatchObject({ en: "First editor's summary." });
  });

  it("a contributor cannot change a published profile, even by a forged request", async () => {
    const id = await createAs(editor, basicsForm());
    const slug = (await prisma.prisoner.findUniqueOrThrow({ where: { id } })).slug;
    await transitionContent(
      { ...editor },
      { type: "prisoner", id, expectedVersion: 1, to: "PUBLISHED" },
    );
    await signInRequestAs(contributor);
    const state = await updatePrisonerBasics(
      initialFormState,
      basicsForm({
        id,
        slug,
        expectedVersion: "2",
        "summary.en": "Changed behind the editors' back.",
      }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisonerVersion(id)).toBe(2);
  });
});

describe("repeatable rows", () => {
  it("'add another' saves nothing and returns the typed rows", async () => {
    const id = await createAs(editor, basicsForm());
    const form = new FormData();
    form.set("id", id);
    form.set("expectedVersion", "1");
    form.set("nameVariantsCount", "1");
    form.set("nameVariants.0.value", "Aigul Serikowa");
    form.set("intent", "add:nameVariants");
    const state = await updatePrisonerNames(initialFormState, form);
    expect(state).toMatchObject({
      status: "idle",
      values: { intent: "add:nameVariants", "nameVariants.0.value": "Aigul Serikowa" },
    });
    expect(await prisonerVersion(id)).toBe(1);
  });

  it("saves the filled rows, ignores the spare empty one, and removes a ticked row", async () => {
    const id = await createAs(editor, basicsForm());
    const form = new FormData();
    form.set("id", id);
    form.set("expectedVersion", "1");
    form.set("nameVariants.0.value", "Айгүл Серікова");
    form.set("nameVariants.0.script", "CYRILLIC");
    form.set("nameVariants.0.kind", "NATIVE");
    form.set("nameVariants.0.lang", "kk");
    form.set("nameVariants.1.value", "");
    form.set("nameVariants.1.script", "LATIN");
    form.set("nameVariants.1.kind", "NATIVE");
    form.set("intent", "save");
    expect(await updatePrisonerNames(initialFormState, form)).toMatchObject({ status: "success" });
    const [variant] = await prisma.nameVariant.findMany({ where: { prisonerId: id } });
    expect(variant).toMatchObject({ value: "Айгүл Серікова", lang: "kk", kind: "NATIVE" });

    const remove = new FormData();
    remove.set("id", id);
    remove.set("expectedVersion", "2");
    remove.set("nameVariants.0.id", variant!.id);
    remove.set("nameVariants.0.value", "Айгүл Серікова");
    remove.set("nameVariants.0.script", "CYRILLIC");
    remove.set("nameVariants.0.kind", "NATIVE");
    remove.set("nameVariants.0.remove", "on");
    expect(await updatePrisonerNames(initialFormState, remove)).toMatchObject({
      status: "success",
    });
    expect(await prisma.nameVariant.count({ where: { prisonerId: id } })).toBe(0);
  });

  it("refuses a case whose arrest is after its sentence, on the arrest field", async () => {
    const id = await createAs(editor, basicsForm());
    const form = new FormData();
    form.set("id", id);
    form.set("expectedVersion", "1");
    form.set("cases.0.countryCode", COUNTRY);
    form.set("cases.0.stage", "SENTENCED");
    form.set("cases.0.detainedOn", "2025-06-01");
    form.set("cases.0.verdictOn", "2025-05-01");
    const state = await updatePrisonerCases(initialFormState, form);
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: {
        "cases.0.detainedOn": "The date of arrest cannot be after the sentence date.",
      },
      values: { "cases.0.detainedOn": "2025-06-01" },
    });
  });
});

describe("internal notes", () => {
  it("are saved through the store and never reach the public profile", async () => {
    const id = await createAs(editor, basicsForm());
    const secret = `Family phone +7 700 ${randomUUID()}`;
    const form = new FormData();
    form.set("id", id);
    form.set("expectedVersion", "1");
    form.set("familyContacts", secret);
    form.set("lawyerContacts", `Lawyer ${secret}`);
    expect(await updatePrisonerInternal(initialFormState, form)).toMatchObject({
      status: "success",
      result: { version: 2 },
    });
    expect(await prisma.prisonerInternal.findUnique({ where: { prisonerId: id } })).toMatchObject({
      familyContacts: secret,
    });

    await transitionContent(
      { ...editor },
      { type: "prisoner", id, expectedVersion: 2, to: "PUBLISHED" },
    );
    const record = await readPrisonerProfileRecordForPreview(id);
    expect(record).not.toBeNull();
    for (const locale of ["en", "ru"] as const) {
      const dto = toPrisonerProfileDto(record!, locale);
      expect(JSON.stringify(dto)).not.toContain(secret);
    }
    expect(JSON.stringify(record)).not.toContain(secret);
  });
});
