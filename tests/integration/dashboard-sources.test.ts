import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { createSource } from "@/lib/actions/sources/create-source";
import { deleteSource } from "@/lib/actions/sources/delete-source";
import { updateSource } from "@/lib/actions/sources/update-source";
import { registryEntry, restoreRevision } from "@/lib/content-store";
import type { Snapshot } from "@/lib/content-store/types";
import { getSourceForEditor, listDashboardSources } from "@/lib/data/dashboard-sources";
import { prisma } from "@/lib/db";
import { exportList } from "@/lib/export/export-stream";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { draftPrisoner, STORE_COUNTRY } from "../fixtures/content-store";
import { actionForm, actionRedirectTarget, createdId } from "../fixtures/server-actions";

// revalidateTag records which public pages a save marks stale (outside Next.js it would throw).
const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidateTag,
}));
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

/**
 * The dashboard's Sources editor through its server actions as a browser calls them: a real
 * session cookie, real PostgreSQL, the content store. Titles carry a unique prefix; the
 * prisoners that cite sources live in the content-store fixtures' country.
 */
const run = randomUUID().slice(0, 8);
const title = (name: string) => `sources-it-${run} ${name}`;

function created(fields: Record<string, string>): Promise<string> {
  return createdId(createSource, actionForm(fields));
}

async function pdfAsset(): Promise<string> {
  const asset = await prisma.mediaAsset.create({
    data: {
      kind: "PDF",
      storageKey: `media/sources-it-${randomUUID()}/original.pdf`,
      mimeType: "application/pdf",
      byteSize: 1024,
      sha256: "0".repeat(64),
      originalFilename: "verdict.pdf",
    },
  });
  return asset.id;
}

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
});

afterEach(() => signOutRequest());

describe("creating a source", () => {
  it("stores every field, with revision 1 and an audit row", async () => {
    await signInRequestAs(editor);
    const documentId = await pdfAsset();
    const id = await created({
      title: title("Verdict of the Almaty court"),
      publisher: "Almaty City Court",
      url: "https://court.example.kz/verdict/1",
      archiveUrl: "https://web.archive.org/web/2025/https://court.example.kz/verdict/1",
      publishedOn: "2025-03-14",
      accessedOn: "2025-04-01",
      confidence: "CONFIRMED",
      language: "KK-cyrl",
      documentId,
    });
    const row = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      title: title("Verdict of the Almaty court"),
      publisher: "Almaty City Court",
      url: "https://court.example.kz/verdict/1",
      archiveUrl: "https://web.archive.org/web/2025/https://court.example.kz/verdict/1",
      confidence: "CONFIRMED",
      language: "kk-Cyrl",
      documentId,
      version: 1,
      createdById: editor.id,
    });
    expect(row.publishedOn?.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(row.accessedOn?.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Source", entityId: id },
    });
    expect(revision.number).toBe(1);
    expect(revision.snapshot).toMatchObject({ language: "kk-Cyrl", documentId });
    expect(
      await prisma.auditLog.count({ where: { entityType: "Source", entityId: id } }),
    ).toBeGreaterThan(0);
  });

  it("refuses a web address that is not http(s), a malformed language and a future date, field by field", async () => {
    await signInRequestAs(editor);
    const before = await prisma.source.count();
    const state = await createSource(
      initialFormState as FormState<never>,
      actionForm({
        title: title("Refused"),
        url: "javascript:alert(1)",
        archiveUrl: "ftp://archive.example.org/x",
        accessedOn: "2999-01-01",
        publishedOn: "2025-02-30",
        confidence: "REPORTED",
        language: "english please",
      }),
    );
    expect(state.status).toBe("invalid");
    const errors = state.status === "invalid" ? state.fieldErrors : {};
    expect(errors.url).toBe("Enter a full web address starting with https:// or http://.");
    expect(errors.archiveUrl).toBe("Enter a full web address starting with https:// or http://.");
    expect(errors.accessedOn).toBe("This date is in the future. Enter a date up to today.");
    expect(errors.publishedOn).toBe("Enter a real date as YYYY-MM-DD.");
    expect(errors.language).toBe("Enter a language code such as “en”, “ru” or “kk-Cyrl”.");
    expect(errors.title).toBeUndefined();
    expect(state.values).toMatchObject({ language: "english please", title: title("Refused") });
    expect(await prisma.source.count()).toBe(before);
  });

  it("refuses a language's name in place of its code, and stores codes in canonical spelling", async () => {
    await signInRequestAs(editor);
    const refused = await createSource(
      initialFormState as FormState<never>,
      actionForm({ title: title("Named language"), confidence: "REPORTED", language: "Kazakh" }),
    );
    expect(refused.status === "invalid" ? refused.fieldErrors.language : "").toBe(
      "Enter a language code such as “en”, “ru” or “kk-Cyrl”.",
    );
    const id = await created({
      title: title("British"),
      confidence: "REPORTED",
      language: "EN-gb",
    });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({ language: "en-GB" });
  });

  it("requires a title and a confidence level", async () => {
    await signInRequestAs(editor);
    const state = await createSource(
      initialFormState as FormState<never>,
      actionForm({ title: "  ", confidence: "" }),
    );
    const errors = state.status === "invalid" ? state.fieldErrors : {};
    expect(errors.title).toBe("Enter the title of the source.");
    expect(errors.confidence).toBe("Choose how far the source is established.");
  });

  it("refuses an attached document that is not a PDF of the media library", async () => {
    await signInRequestAs(editor);
    const image = await prisma.mediaAsset.create({
      data: {
        kind: "IMAGE",
        storageKey: `media/sources-it-${randomUUID()}/original.jpg`,
        mimeType: "image/jpeg",
        byteSize: 10,
        sha256: "1".repeat(64),
      },
    });
    const state = await createSource(
      initialFormState as FormState<never>,
      actionForm({ title: title("With a photo"), confidence: "REPORTED", documentId: image.id }),
    );
    const errors = state.status === "invalid" ? state.fieldErrors : {};
    expect(errors.documentId).toBe("Choose a PDF file from the media library.");
  });

  it("is allowed to a contributor, who may not change it afterwards", async () => {
    await signInRequestAs(contributor);
    const id = await created({ title: title("Contributed"), confidence: "UNVERIFIED" });
    const state = await updateSource(
      initialFormState,
      actionForm({ id, expectedVersion: "1", title: title("Changed"), confidence: "UNVERIFIED" }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      title: title("Contributed"),
      version: 1,
    });
  });
});

describe("editing a source", () => {
  it("saves a correction with a new version and revision", async () => {
    await signInRequestAs(editor);
    const id = await created({ title: title("Typo"), confidence: "REPORTED" });
    const state = await updateSource(
      initialFormState,
      actionForm({
        id,
        expectedVersion: "1",
        title: title("Fixed"),
        confidence: "CONFIRMED",
        archiveUrl: "https://web.archive.org/web/2025/x",
        language: "ru",
      }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      title: title("Fixed"),
      confidence: "CONFIRMED",
      archiveUrl: "https://web.archive.org/web/2025/x",
      language: "ru",
      updatedById: editor.id,
    });
    const numbers = await prisma.revision.findMany({
      where: { entityType: "Source", entityId: id },
      select: { number: true },
      orderBy: { number: "asc" },
    });
    expect(numbers.map((revision) => revision.number)).toEqual([1, 2]);
  });

  it("refuses a save based on a stale version and says what the other person changed", async () => {
    await signInRequestAs(editor);
    const id = await created({ title: title("Before"), confidence: "REPORTED" });
    await updateSource(
      initialFormState,
      actionForm({ id, expectedVersion: "1", title: title("Theirs"), confidence: "REPORTED" }),
    );
    const state = await updateSource(
      initialFormState,
      actionForm({ id, expectedVersion: "1", title: title("Mine"), confidence: "REPORTED" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "conflict",
      conflict: { expectedVersion: 1, currentVersion: 2 },
    });
    const changes = state.status === "error" ? (state.conflict?.changes ?? []) : [];
    expect(changes).toContainEqual(
      expect.objectContaining({ path: ["title"], after: title("Theirs") }),
    );
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      title: title("Theirs"),
    });
  });
});

describe("showing a source's document on public pages", () => {
  it("is saved with the source and in its revision, and never without a document", async () => {
    await signInRequestAs(editor);
    const documentId = await pdfAsset();
    const id = await created({
      title: title("Public ruling"),
      confidence: "CONFIRMED",
      documentId,
      documentPublic: "on",
    });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      documentId,
      documentPublic: true,
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Source", entityId: id },
    });
    expect(revision.snapshot).toMatchObject({ documentId, documentPublic: true });
    expect(
      (await getSourceForEditor(await createStaffUser("EDITOR"), id, "en"))?.documentPublic,
    ).toBe(true);

    const withoutDocument = await created({
      title: title("Ticked without a document"),
      confidence: "REPORTED",
      documentPublic: "on",
    });
    expect(await prisma.source.findUnique({ where: { id: withoutDocument } })).toMatchObject({
      documentId: null,
      documentPublic: false,
    });
  });

  it("refreshes the profiles that cite the source when the box is ticked", async () => {
    await signInRequestAs(editor);
    const documentId = await pdfAsset();
    const fields = { title: title("Ticked later"), confidence: "CONFIRMED", documentId };
    const id = await created(fields);
    const prisoner = await draftPrisoner(await createStaffUser("EDITOR"), "Cited By Ruling");
    await prisma.citation.create({ data: { sourceId: id, prisonerId: prisoner.id } });
    revalidateTag.mockClear();

    const state = await updateSource(
      initialFormState,
      actionForm({ ...fields, id, expectedVersion: "1", documentPublic: "on" }),
    );

    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      documentPublic: true,
    });
    const tags = revalidateTag.mock.calls.map(([tag]) => tag);
    expect(tags).toEqual(expect.arrayContaining(["reference", `prisoner:${prisoner.id}`]));
  });

  it("goes back to private when an earlier version is restored, and for versions saved before the box existed", async () => {
    await signInRequestAs(editor);
    const documentId = await pdfAsset();
    const fields = { title: title("Made public"), confidence: "CONFIRMED", documentId };
    const id = await created(fields);
    await updateSource(
      initialFormState,
      actionForm({ ...fields, id, expectedVersion: "1", documentPublic: "on" }),
    );
    const actor = await createStaffUser("EDITOR");
    await restoreRevision(actor, { type: "source", id, revisionNumber: 1, expectedVersion: 2 });
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      documentId,
      documentPublic: false,
    });

    // A snapshot written before the column existed has no value for it.
    await updateSource(
      initialFormState,
      actionForm({ ...fields, id, expectedVersion: "3", documentPublic: "on" }),
    );
    const first = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Source", entityId: id, number: 1 },
    });
    const older: Snapshot = { ...(first.snapshot as Snapshot) };
    delete older.documentPublic;
    await prisma.$transaction((tx) => registryEntry("source").restoreSnapshot(tx, id, older));
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      documentId,
      documentPublic: false,
    });
  });
});

describe("restoring an earlier version of a source", () => {
  it("brings back its fields but not a document deleted from the media library since", async () => {
    await signInRequestAs(editor);
    const documentId = await pdfAsset();
    const id = await created({
      title: title("Restored"),
      confidence: "REPORTED",
      language: "uk",
      documentId,
    });
    await updateSource(
      initialFormState,
      actionForm({ id, expectedVersion: "1", title: title("Renamed"), confidence: "UNVERIFIED" }),
    );
    await prisma.mediaAsset.delete({ where: { id: documentId } });
    const actor = await createStaffUser("EDITOR");
    const { version } = await restoreRevision(actor, {
      type: "source",
      id,
      revisionNumber: 1,
      expectedVersion: 2,
    });
    expect(version).toBe(3);
    expect(await prisma.source.findUnique({ where: { id } })).toMatchObject({
      title: title("Restored"),
      confidence: "REPORTED",
      language: "uk",
      documentId: null,
    });
  });
});

describe("a cited source", () => {
  it("lists what cites it, refreshes those profiles when saved and cannot be deleted", async () => {
    await signInRequestAs(editor);
    const id = await created({ title: title("Cited report"), confidence: "REPORTED" });
    const actor = await createStaffUser("EDITOR");
    const prisoner = await draftPrisoner(actor, "Cited Prisoner");
    const facility = await prisma.facility.create({
      data: {
        slug: `sources-it-${run}`,
        name: { en: "Penal colony No. 1" },
        kind: "PENAL_COLONY",
        countryCode: STORE_COUNTRY,
      },
    });
    const detention = await prisma.detention.create({
      data: { prisonerId: prisoner.id, facilityId: facility.id },
    });
    await prisma.citation.create({
      data: { sourceId: id, prisonerId: prisoner.id, field: "arrestedOn", locator: "p. 2" },
    });
    await prisma.citation.create({ data: { sourceId: id, detentionId: detention.id } });

    const source = await getSourceForEditor(actor, id, "en");
    expect(source?.citedBy).toContainEqual(
      expect.objectContaining({
        place: "profileField",
        prisonerId: prisoner.id,
        prisonerName: "Cited Prisoner",
        detail: "arrestedOn",
        locator: "p. 2",
      }),
    );
    expect(source?.citedBy).toContainEqual(
      expect.objectContaining({
        place: "detention",
        prisonerId: prisoner.id,
        detail: "Penal colony No. 1",
      }),
    );
    const listed = await listDashboardSources(actor, { q: title("Cited report") });
    expect(listed.items).toEqual([expect.objectContaining({ id, citations: 2 })]);

    const tags = await prisma.$transaction((tx) => registryEntry("source").cacheTags(tx, id, {}));
    expect(tags).toEqual(expect.arrayContaining(["reference", `prisoner:${prisoner.id}`]));

    const refused = await deleteSource(
      initialFormState as FormState<never>,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(refused.status).toBe("invalid");
    expect(refused.status === "invalid" ? refused.fieldErrors.confirm : "").toMatch(
      /cannot be deleted: prisoner profiles cite it/,
    );
    expect(await prisma.source.count({ where: { id } })).toBe(1);
  });
});

describe("deleting a source", () => {
  it("is allowed to an editor when nothing cites it, keeping its history", async () => {
    await signInRequestAs(editor);
    const id = await created({ title: title("Unused"), confidence: "UNVERIFIED" });
    const target = await actionRedirectTarget(
      deleteSource,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(target).toBe("/en/dashboard/sources?deleted=1");
    expect(await prisma.source.count({ where: { id } })).toBe(0);
    const revisions = await prisma.revision.findMany({
      where: { entityType: "Source", entityId: id },
      orderBy: { number: "asc" },
    });
    expect(revisions.map((revision) => revision.summary)).toEqual(["created", "deleted"]);
  });

  it("is refused to a contributor", async () => {
    await signInRequestAs(editor);
    const id = await created({ title: title("Kept"), confidence: "UNVERIFIED" });
    await signInRequestAs(contributor);
    const state = await deleteSource(
      initialFormState as FormState<never>,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.source.count({ where: { id } })).toBe(1);
  });
});

describe("the sources export", () => {
  it("writes every field of each source as CSV, with its number of citations", async () => {
    await signInRequestAs(editor);
    const id = await created({
      title: title("Exported"),
      publisher: "Vlast.kz",
      url: "https://vlast.kz/a",
      accessedOn: "2025-06-02",
      confidence: "REPORTED",
      language: "ru",
    });
    const actor = await createStaffUser("CONTRIBUTOR");
    const stream = await exportList(actor, "sources", "csv", { internal: false });
    const text = await new Response(stream).text();
    const rows = parse(text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.id === id)).toMatchObject({
      title: title("Exported"),
      publisher: "Vlast.kz",
      url: "https://vlast.kz/a",
      accessed_on: "2025-06-02",
      published_on: "",
      confidence: "REPORTED",
      language: "ru",
      citations: "0",
      version: "1",
    });
  });
});
