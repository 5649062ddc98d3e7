import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import {
  getInaccuracyReport,
  listInaccuracyReports,
  listReportAssignees,
} from "@/lib/data/inaccuracy-inbox";
import {
  assignInaccuracyReport,
  reopenInaccuracyReport,
  ReportStatusError,
  resolveInaccuracyReport,
} from "@/lib/data/inaccuracy-inbox-writes";
import { prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInboxFilter } from "@/lib/validation/inbox";
import { createStaffUser } from "../fixtures/staff-users";
import { ensureCountry } from "../fixtures/countries";

/**
 * The inaccuracy-report inbox against a real database: who may do what, what each action
 * changes, and the audit row it leaves. Rows of this file live in country "QV" with the prefix below.
 */
const P = "inbox-it-";
const COUNTRY = "QV";
const CONTEXT = { ip: "203.0.113.7", userAgent: "inbox-it" };

let editor: Actor;
let otherEditor: Actor;
let contributor: Actor;
let disabledEditor: Actor;
let prisonerId: string;

function createUser(name: string, role: Actor["role"], disabled = false): Promise<Actor> {
  return createStaffUser(role, {
    email: `${P}${name}@example.org`,
    name,
    disabledAt: disabled ? new Date() : null,
  });
}

async function createReport(message = "The date of arrest is wrong.") {
  const report = await prisma.inaccuracyReport.create({
    data: {
      prisonerId,
      message,
      sourceUrl: "https://example.org/court-record",
      contact: "reader@example.org",
      locale: "ru",
    },
    select: { id: true },
  });
  return report.id;
}

function auditRows(reportId: string) {
  return prisma.auditLog.findMany({
    where: { entityType: "InaccuracyReport", entityId: reportId },
    orderBy: { id: "asc" },
  });
}

function reportRow(reportId: string) {
  return prisma.inaccuracyReport.findUniqueOrThrow({ where: { id: reportId } });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qvland" } });
  [editor, otherEditor, contributor, disabledEditor] = await Promise.all([
    createUser("Editor One", "EDITOR"),
    createUser("Editor Two", "EDITOR"),
    createUser("Contributor", "CONTRIBUTOR"),
    createUser("Former Editor", "EDITOR", true),
  ]);
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `${P}person`,
      name: { en: "Inbox Person", ru: "Персона Входящих" },
      sortName: "Person Inbox",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("assigning a report", () => {
  it("lets an editor take a report, marks it assigned and records who did it from where", async () => {
    const id = await createReport();

    await assignInaccuracyReport(editor, { reportId: id, assigneeId: editor.id }, CONTEXT);

    const row = await reportRow(id);
    expect(row.status).toBe("ASSIGNED");
    expect(row.assigneeId).toBe(editor.id);
    const audit = await auditRows(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: editor.id,
      actorEmail: editor.email,
      action: "inaccuracyReport.assign",
      ip: CONTEXT.ip,
      userAgent: CONTEXT.userAgent,
      details: { assigneeId: editor.id, previousAssigneeId: null },
    });
  });

  it("returns a report to the open pile when the assignment is taken away", async () => {
    const id = await createReport();
    await assignInaccuracyReport(editor, { reportId: id, assigneeId: otherEditor.id });

    await assignInaccuracyReport(editor, { reportId: id, assigneeId: null });

    const row = await reportRow(id);
    expect(row).toMatchObject({ status: "OPEN", assigneeId: null });
    expect((await auditRows(id)).map((entry) => entry.action)).toEqual([
      "inaccuracyReport.assign",
      "inaccuracyReport.unassign",
    ]);
  });

  it("refuses a contributor and leaves the report and the audit log untouched", async () => {
    const id = await createReport();

    await expect(
      assignInaccuracyReport(contributor, { reportId: id, assigneeId: contributor.id }),
    ).rejects.toThrow(ForbiddenError);

    expect(await reportRow(id)).toMatchObject({ status: "OPEN", assigneeId: null });
    expect(await auditRows(id)).toHaveLength(0);
  });

  it("refuses to assign to someone who cannot resolve reports, or who is disabled", async () => {
    const id = await createReport();

    for (const assignee of [contributor, disabledEditor]) {
      await expect(
        assignInaccuracyReport(editor, { reportId: id, assigneeId: assignee.id }),
      ).rejects.toThrow(NotFoundError);
    }
    expect(await reportRow(id)).toMatchObject({ status: "OPEN", assigneeId: null });
    expect(await auditRows(id)).toHaveLength(0);
  });

  it("offers only active editors and administrators as assignees", async () => {
    const assignees = await listReportAssignees(editor);
    const ids = assignees.map((person) => person.id);

    expect(ids).toEqual(expect.arrayContaining([editor.id, otherEditor.id]));
    expect(ids).not.toContain(contributor.id);
    expect(ids).not.toContain(disabledEditor.id);
    await expect(listReportAssignees(contributor)).rejects.toThrow(ForbiddenError);
  });
});

describe("resolving a report", () => {
  it("refuses a contributor: the report stays open and no audit row is written", async () => {
    const id = await createReport();

    await expect(
      resolveInaccuracyReport(contributor, {
        reportId: id,
        outcome: "RESOLVED",
        resolution: "Fixed the date.",
      }),
    ).rejects.toThrow(ForbiddenError);

    expect(await reportRow(id)).toMatchObject({ status: "OPEN", resolution: null });
    expect(await auditRows(id)).toHaveLength(0);
  });

  it("lets an editor resolve with a note, and records it in the audit log", async () => {
    const id = await createReport();

    await resolveInaccuracyReport(
      editor,
      { reportId: id, outcome: "RESOLVED", resolution: "Corrected the date of arrest." },
      CONTEXT,
    );

    const row = await reportRow(id);
    expect(row).toMatchObject({
      status: "RESOLVED",
      resolution: "Corrected the date of arrest.",
      // Nobody was assigned: whoever closes it is recorded as having dealt with it.
      assigneeId: editor.id,
    });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    const audit = await auditRows(id);
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.ip])).toEqual([
      ["inaccuracyReport.resolve", editor.id, CONTEXT.ip],
    ]);
  });

  it("dismisses a report that is not an inaccuracy, keeping its assignee", async () => {
    const id = await createReport();
    await assignInaccuracyReport(editor, { reportId: id, assigneeId: otherEditor.id });

    await resolveInaccuracyReport(editor, {
      reportId: id,
      outcome: "DISMISSED",
      resolution: "The profile already says this.",
    });

    expect(await reportRow(id)).toMatchObject({ status: "DISMISSED", assigneeId: otherEditor.id });
    expect((await auditRows(id)).at(-1)?.action).toBe("inaccuracyReport.dismiss");
  });

  it("refuses to close a report twice and says someone else changed it", async () => {
    const id = await createReport();
    await resolveInaccuracyReport(editor, {
      reportId: id,
      outcome: "RESOLVED",
      resolution: "One.",
    });

    const second = resolveInaccuracyReport(otherEditor, {
      reportId: id,
      outcome: "DISMISSED",
      resolution: "Two.",
    });

    await expect(second).rejects.toThrow(ReportStatusError);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    expect(await reportRow(id)).toMatchObject({ status: "RESOLVED", resolution: "One." });
    expect(await auditRows(id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous closings win", async () => {
    const id = await createReport();

    const results = await Promise.allSettled([
      resolveInaccuracyReport(editor, { reportId: id, outcome: "RESOLVED", resolution: "A." }),
      resolveInaccuracyReport(otherEditor, {
        reportId: id,
        outcome: "DISMISSED",
        resolution: "B.",
      }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ReportStatusError);
    expect(await auditRows(id)).toHaveLength(1);
  });

  it("answers an unknown report with NotFoundError", async () => {
    await expect(
      resolveInaccuracyReport(editor, {
        reportId: "cnotareportatall000000000",
        outcome: "RESOLVED",
        resolution: "x",
      }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("reopening a report", () => {
  it("returns a closed report to its assignee, clears the note and keeps it in the audit row", async () => {
    const id = await createReport();
    await assignInaccuracyReport(editor, { reportId: id, assigneeId: otherEditor.id });
    await resolveInaccuracyReport(editor, {
      reportId: id,
      outcome: "RESOLVED",
      resolution: "Done.",
    });

    await reopenInaccuracyReport(editor, { reportId: id }, CONTEXT);

    expect(await reportRow(id)).toMatchObject({
      status: "ASSIGNED",
      assigneeId: otherEditor.id,
      resolution: null,
      resolvedAt: null,
    });
    const last = (await auditRows(id)).at(-1);
    expect(last).toMatchObject({
      action: "inaccuracyReport.reopen",
      details: { status: "ASSIGNED", previousStatus: "RESOLVED", previousResolution: "Done." },
    });
  });

  it("refuses a contributor and refuses to reopen a report that is still open", async () => {
    const id = await createReport();

    await expect(reopenInaccuracyReport(contributor, { reportId: id })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(reopenInaccuracyReport(editor, { reportId: id })).rejects.toThrow(
      ReportStatusError,
    );
    expect(await auditRows(id)).toHaveLength(0);
  });
});

describe("reading the inbox", () => {
  it("shows a contributor the report without the reporter's contact and no actions", async () => {
    const id = await createReport("Contributor can read this.");

    const report = await getInaccuracyReport(contributor, "ru", id);

    expect(report).toMatchObject({
      message: "Contributor can read this.",
      // The contact is sensitive personal data: editors and administrators only.
      contact: null,
      contactHidden: true,
      sourceUrl: "https://example.org/court-record",
      status: "OPEN",
      may: { assign: false, resolve: false },
      // Contributors never see the audit log, even of one report.
      history: null,
    });
    expect(report.prisoner.name?.text).toBe("Персона Входящих");
  });

  it("shows an editor the report's history from the audit log", async () => {
    const id = await createReport();
    await assignInaccuracyReport(editor, { reportId: id, assigneeId: editor.id });

    const report = await getInaccuracyReport(editor, "en", id);

    expect(report.may).toEqual({ assign: true, resolve: true });
    expect(report.history?.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["inaccuracyReport.assign", editor.email],
    ]);
  });

  it("filters by status and by assignee", async () => {
    const mine = await createReport("Mine, in progress.");
    await assignInaccuracyReport(editor, { reportId: mine, assigneeId: editor.id });
    const dismissed = await createReport("Dismissed one.");
    await resolveInaccuracyReport(editor, {
      reportId: dismissed,
      outcome: "DISMISSED",
      resolution: "No.",
    });

    const assignedToMe = await listInaccuracyReports(
      editor,
      "en",
      parseInboxFilter({ status: "active", assignee: "me" }),
    );
    const dismissedList = await listInaccuracyReports(
      editor,
      "en",
      parseInboxFilter({ status: "DISMISSED" }),
    );

    const mineIds = assignedToMe.items.map((item) => item.id);
    expect(mineIds).toContain(mine);
    expect(mineIds).not.toContain(dismissed);
    expect(assignedToMe.items.every((item) => item.assignee?.id === editor.id)).toBe(true);
    expect(dismissedList.items.map((item) => item.id)).toContain(dismissed);
    expect(dismissedList.items.every((item) => item.status === "DISMISSED")).toBe(true);
    expect(dismissedList.statusCounts.DISMISSED).toBe(dismissedList.total);
  });

  it("treats an unknown filter value as the default instead of failing", () => {
    expect(parseInboxFilter({ status: "DROP TABLE", assignee: "someone", page: "-3" })).toEqual({
      status: "active",
      assignee: "",
      page: 1,
    });
  });

  it("refuses a signed-out caller", async () => {
    await expect(
      listInaccuracyReports(null as unknown as Actor, "en", parseInboxFilter({})),
    ).rejects.toThrow(ForbiddenError);
  });
});
