import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { assignReport } from "@/lib/actions/reports/assign-report";
import { reopenReport } from "@/lib/actions/reports/reopen-report";
import { resolveReport } from "@/lib/actions/reports/resolve-report";
import { initialFormState } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { formOf } from "../fixtures/server-actions";
import { ensureCountry } from "../fixtures/countries";

/**
 * The inbox's server actions called directly, as a forged request would call them: a real session
 * cookie (or none), the real wrapper, policy and database. Only the request (Next.js headers,
 * next-intl's request locale) and the client-refresh signal are simulated.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh,
}));

const P = "inbox-actions-it-";
const COUNTRY = "QU";

let editor: StaffUser;
let contributor: StaffUser;
let prisonerId: string;

async function createReport() {
  const report = await prisma.inaccuracyReport.create({
    data: { prisonerId, message: "The sentence length is wrong.", contact: "a@example.org" },
    select: { id: true },
  });
  return report.id;
}

function auditActions(reportId: string) {
  return prisma.auditLog
    .findMany({
      where: { entityType: "InaccuracyReport", entityId: reportId },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, ip: true, userAgent: true },
    })
    .then((rows) => rows);
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Quland" } });
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `${P}person`,
      name: { en: "Action Person" },
      sortName: "Person Action",
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Summary." },
      state: "PUBLISHED",
    },
    select: { id: true },
  });
  prisonerId = prisoner.id;
});

afterEach(() => {
  signOutRequest();
  refresh.mockClear();
});

describe("the inbox's server actions", () => {
  it("refuse a request without a session and keep the note that was typed", async () => {
    const id = await createReport();

    const state = await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "RESOLVED", resolution: "Checked the verdict." }),
    );

    expect(state).toMatchObject({ status: "error", code: "signed-out" });
    expect(state.values.resolution).toBe("Checked the verdict.");
    expect((await prisma.inaccuracyReport.findUniqueOrThrow({ where: { id } })).status).toBe(
      "OPEN",
    );
  });

  it("refuse a contributor who tries to resolve a report", async () => {
    const id = await createReport();
    await signInRequestAs(contributor);

    const state = await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "RESOLVED", resolution: "Fixed." }),
    );

    expect(state).toMatchObject({
      status: "error",
      code: "forbidden",
      message: "Your role does not allow this.",
    });
    expect(state.values.resolution).toBe("Fixed.");
    expect(await auditActions(id)).toEqual([]);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("let an editor assign to themselves, then resolve, with an audit row for each", async () => {
    const id = await createReport();
    await signInRequestAs(editor);

    const assigned = await assignReport(
      initialFormState,
      formOf({ reportId: id, assigneeId: editor.id }),
    );
    const resolved = await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "RESOLVED", resolution: "Corrected the sentence." }),
    );

    expect(assigned.status).toBe("success");
    expect(resolved.status).toBe("success");
    expect(await prisma.inaccuracyReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RESOLVED",
      assigneeId: editor.id,
      resolution: "Corrected the sentence.",
    });
    expect(await auditActions(id)).toEqual([
      {
        action: "inaccuracyReport.assign",
        actorId: editor.id,
        ip: "203.0.113.10",
        userAgent: "vitest",
      },
      {
        action: "inaccuracyReport.resolve",
        actorId: editor.id,
        ip: "203.0.113.10",
        userAgent: "vitest",
      },
    ]);
    // The page around the forms is asked to show the new state.
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("answer a missing note with a translated field error and keep the other values", async () => {
    const id = await createReport();
    await signInRequestAs(editor);

    const state = await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "DISMISSED", resolution: "   " }),
    );

    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { resolution: "Write what was done about the report." },
      values: { outcome: "DISMISSED", resolution: "   " },
    });
    expect(await auditActions(id)).toEqual([]);
  });

  it("say that someone else got there first when the report was already closed", async () => {
    const id = await createReport();
    await signInRequestAs(editor);
    await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "RESOLVED", resolution: "A." }),
    );

    const second = await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "DISMISSED", resolution: "B." }),
    );

    expect(second).toMatchObject({
      status: "error",
      code: "conflict",
      values: { resolution: "B." },
    });
  });

  it("reopen a closed report for an editor and refuse it for a contributor", async () => {
    const id = await createReport();
    await signInRequestAs(editor);
    await resolveReport(
      initialFormState,
      formOf({ reportId: id, outcome: "RESOLVED", resolution: "A." }),
    );

    await signInRequestAs(contributor);
    const refused = await reopenReport(initialFormState, formOf({ reportId: id }));
    await signInRequestAs(editor);
    const reopened = await reopenReport(initialFormState, formOf({ reportId: id }));

    expect(refused).toMatchObject({ status: "error", code: "forbidden" });
    expect(reopened.status).toBe("success");
    expect((await prisma.inaccuracyReport.findUniqueOrThrow({ where: { id } })).status).toBe(
      "ASSIGNED",
    );
  });
});
