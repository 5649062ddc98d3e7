import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { updatePrisonerInternal } from "@/lib/actions/prisoners/update-prisoner-internal";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { REDACTED_VALUE } from "@/lib/auth/data-classes";
import { createContent, restoreRevision } from "@/lib/content-store";
import { getPrisonerForEditing } from "@/lib/data/dashboard-prisoners";
import { getInaccuracyReport, listInaccuracyReports } from "@/lib/data/inaccuracy-inbox";
import { getPrisonerInternalForEditing } from "@/lib/data/prisoner-internal";
import { compareRevisions, getContentHistory } from "@/lib/data/revisions";
import { prisma } from "@/lib/db";
import { previewImport } from "@/lib/import/preview-import";
import { parseInboxFilter } from "@/lib/validation/inbox";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs } from "../fixtures/auth-request";
import { ensureCountry } from "../fixtures/countries";

/**
 * Need to know (lib/auth/data-classes.ts): sentinel values are planted in every sensitive field —
 * a prisoner's family and lawyer contacts and consent notes, a reporter's contact — and must
 * never appear in anything a contributor can read (the Internal tab, the editor's read, the
 * history and its compare view, the conflict notice, the inbox, the import preview), while
 * editors see them and every such read leaves an audit row. Real sessions, actions and
 * PostgreSQL; only the request headers are simulated.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const COUNTRY = "QK";
/** Every sensitive sentinel starts with one of these; none may reach a contributor. */
const SENSITIVE = /SENTINEL-(FAMILY|LAWYER|CONSENT|CONTACT)/;

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "need-to-know-country", name: { en: "Kayland" } });
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
});

function sentinels(tag: string) {
  return {
    familyContacts: `SENTINEL-FAMILY-${tag} +7 700 000 00 00`,
    lawyerContacts: `SENTINEL-LAWYER-${tag} advokat@example.org`,
    consentNotes: `SENTINEL-CONSENT-${tag} no photo`,
    notes: `WORKING-NOTE-${tag}`,
  };
}

function internalForm(id: string, version: number, fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("id", id);
  form.set("expectedVersion", String(version));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function saveInternal(
  user: StaffUser,
  id: string,
  version: number,
  fields: Record<string, string>,
): Promise<FormState<unknown>> {
  await signInRequestAs(user);
  return updatePrisonerInternal(initialFormState, internalForm(id, version, fields));
}

/** A draft profile (revision 1) whose Internal tab an editor filled with sentinels (revision 2). */
async function draftWithSentinels(tag: string, name = `Sentinel ${tag}`): Promise<string> {
  const { id } = await createContent(editor, {
    type: "prisoner",
    create: (tx) =>
      tx.prisoner.create({
        data: {
          slug: `need-to-know-${randomUUID()}`,
          name: { en: name },
          sortName: name,
          birthYear: 1971,
          countryCode: COUNTRY,
          status: "IMPRISONED",
          summary: { en: "Held for his reporting." },
        },
        select: { id: true },
      }),
  });
  expect(await saveInternal(editor, id, 1, sentinels(tag))).toMatchObject({ status: "success" });
  return id;
}

function stored(id: string) {
  return prisma.prisonerInternal.findUniqueOrThrow({ where: { prisonerId: id } });
}

function auditRows(action: string, actorId: string, entityId: string) {
  return prisma.auditLog.findMany({ where: { action, actorId, entityId } });
}

describe("the Internal tab", () => {
  it("shows a contributor the working notes only, and writes no audit row for them", async () => {
    const id = await draftWithSentinels("tab-c");

    const view = await getPrisonerInternalForEditing(contributor, id, { ip: "198.51.100.7" });

    expect(view.fields).toEqual(["notes"]);
    expect(view.values).toEqual({ notes: "WORKING-NOTE-tab-c" });
    expect(view.hidesSensitive).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(SENSITIVE);
    expect(JSON.stringify(await getPrisonerForEditing(contributor, id))).not.toMatch(SENSITIVE);
    expect(await auditRows("prisoner.view_sensitive", contributor.id, id)).toHaveLength(0);
  });

  it("shows an editor every field and records who opened the contacts, from where", async () => {
    const id = await draftWithSentinels("tab-e");

    const view = await getPrisonerInternalForEditing(editor, id, {
      ip: "198.51.100.7",
      userAgent: "vitest",
    });

    expect(view.values).toEqual(sentinels("tab-e"));
    expect(view.hidesSensitive).toBe(false);
    const [row, ...more] = await auditRows("prisoner.view_sensitive", editor.id, id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      entityType: "Prisoner",
      ip: "198.51.100.7",
      userAgent: "vitest",
      details: { fields: ["familyContacts", "lawyerContacts", "consentNotes"] },
    });
    // The audit row says what was opened, never the values.
    expect(JSON.stringify(row!.details)).not.toMatch(SENSITIVE);
  });

  it("keeps the contacts a contributor cannot see when they save, even a forged form", async () => {
    const id = await draftWithSentinels("save");

    const state = await saveInternal(contributor, id, 2, {
      notes: "Contributor's new lead",
      familyContacts: "forged by a contributor",
    });

    expect(state).toMatchObject({ status: "success" });
    expect(await stored(id)).toMatchObject({
      ...sentinels("save"),
      notes: "Contributor's new lead",
    });
  });
});

describe("revision history", () => {
  it("lists a changed contact to a contributor without its value; an editor sees it", async () => {
    const id = await draftWithSentinels("diff");

    const forContributor = await compareRevisions(contributor, "prisoner", id, 1, 2);
    const forEditor = await compareRevisions(editor, "prisoner", id, 1, 2);

    expect(JSON.stringify(forContributor)).not.toMatch(SENSITIVE);
    expect(forContributor!.changes).toEqual([
      {
        path: ["internal"],
        key: "internal",
        before: null,
        after: {
          familyContacts: REDACTED_VALUE,
          lawyerContacts: REDACTED_VALUE,
          consentNotes: REDACTED_VALUE,
          notes: "WORKING-NOTE-diff",
        },
      },
    ]);
    expect(JSON.stringify(forEditor)).toContain("SENTINEL-FAMILY-diff");
    expect(JSON.stringify(await getContentHistory(contributor, "prisoner", id, "en"))).not.toMatch(
      SENSITIVE,
    );
  });

  it("hides the other person's new contacts in a contributor's conflict notice", async () => {
    const id = await draftWithSentinels("conflict");
    await saveInternal(editor, id, 2, { ...sentinels("conflict-new") });

    const stale = await saveInternal(contributor, id, 2, { notes: "Based on version 2" });
    const editorStale = await saveInternal(editor, id, 2, sentinels("conflict"));

    expect(stale).toMatchObject({ status: "error", code: "conflict" });
    expect(JSON.stringify(stale)).not.toMatch(SENSITIVE);
    const changes = (stale as { conflict: { changes: { path: string[]; after: unknown }[] } })
      .conflict.changes;
    expect(changes).toContainEqual(
      expect.objectContaining({ path: ["internal", "familyContacts"], after: REDACTED_VALUE }),
    );
    expect(JSON.stringify(editorStale)).toContain("SENTINEL-FAMILY-conflict-new");
  });

  it("does not let a contributor restore or wipe contacts, while an editor may", async () => {
    const id = await draftWithSentinels("restore-old");
    await saveInternal(editor, id, 2, sentinels("restore-new"));

    await restoreRevision(contributor, {
      type: "prisoner",
      id,
      revisionNumber: 1,
      expectedVersion: 3,
    });
    // Revision 1 had no internal notes at all: the working notes go, the contacts stay.
    expect(await stored(id)).toMatchObject({ ...sentinels("restore-new"), notes: null });

    await restoreRevision(contributor, {
      type: "prisoner",
      id,
      revisionNumber: 2,
      expectedVersion: 4,
    });
    expect(await stored(id)).toMatchObject({
      ...sentinels("restore-new"),
      notes: "WORKING-NOTE-restore-old",
    });

    await restoreRevision(editor, { type: "prisoner", id, revisionNumber: 2, expectedVersion: 5 });
    expect(await stored(id)).toMatchObject(sentinels("restore-old"));
  });
});

describe("the inaccuracy inbox", () => {
  it("never shows a contributor the reporter's contact; an editor's reading is audited", async () => {
    const { id: prisonerId } = await prisma.prisoner.findFirstOrThrow({
      where: { countryCode: COUNTRY },
      select: { id: true },
    });
    const report = await prisma.inaccuracyReport.create({
      data: { prisonerId, message: "Wrong date.", contact: "SENTINEL-CONTACT reader@example.org" },
    });

    const forContributor = await getInaccuracyReport(contributor, "en", report.id, {
      ip: "198.51.100.8",
    });
    const list = await listInaccuracyReports(
      contributor,
      "en",
      parseInboxFilter({ status: "all" }),
    );
    const forEditor = await getInaccuracyReport(editor, "en", report.id, {
      ip: "198.51.100.8",
      userAgent: "vitest",
    });

    expect(JSON.stringify([forContributor, list])).not.toMatch(SENSITIVE);
    expect(forContributor).toMatchObject({ contact: null, contactHidden: true });
    expect(await auditRows("inaccuracyReport.view_contact", contributor.id, report.id)).toEqual([]);
    expect(forEditor).toMatchObject({
      contact: "SENTINEL-CONTACT reader@example.org",
      contactHidden: false,
    });
    expect(await auditRows("inaccuracyReport.view_contact", editor.id, report.id)).toMatchObject([
      { entityType: "InaccuracyReport", ip: "198.51.100.8", userAgent: "vitest" },
    ]);
  });
});

describe("the CSV import preview", () => {
  it("names a likely duplicate without any of its internal fields", async () => {
    const id = await draftWithSentinels("import", "Bolat Sentinelov");
    const csv = [
      "name_en,name_ru,sort_name,slug,birth_year,birth_date,country_code,status,arrested_on,summary_en",
      `Bolat Sentinelov,,Sentinelov Bolat,,1971,,${COUNTRY},IMPRISONED,,`,
    ].join("\n");

    const result = await previewImport(editor, csv);

    expect(result.ok && result.preview.rows[0]!.existingDuplicates.map((d) => d.id)).toEqual([id]);
    expect(JSON.stringify(result)).not.toMatch(SENSITIVE);
    expect(JSON.stringify(result)).not.toContain("WORKING-NOTE-import");
  });
});
