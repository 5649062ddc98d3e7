import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/dashboard/audit/route";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { exportAuditLog, listAuditLog, parseAuditFilter } from "@/lib/data/audit-log";
import { ForbiddenError } from "@/lib/errors";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";

const exportAudit = (request: Request) => GET(request, { params: Promise.resolve({}) });

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);

let editor: StaffUser;
let contributor: StaffUser;
const marker = `audit-view-${randomUUID()}`;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  for (let n = 0; n < 3; n++) {
    await recordAudit(prisma, {
      actor: editor,
      action: `${marker}.update`,
      entityType: "Prisoner",
      entityId: `p${n}`,
      details: { changed: ["name.en"] },
    });
  }
  await recordAudit(prisma, {
    actor: contributor,
    action: `${marker}.publish`,
    entityType: "Prisoner",
    entityId: "p0",
  });
  await recordAudit(prisma, { actor: null, action: "=cmd|' /C calc'!A0", entityType: marker });
});

describe("audit log view", () => {
  it("filters by action prefix, actor, entity and day, newest first", async () => {
    const byAction = await listAuditLog(editor, parseAuditFilter({ action: marker }));
    expect(byAction.total).toBe(4);
    expect(byAction.rows.map((row) => row.action)[0]).toBe(`${marker}.publish`);

    const byActor = await listAuditLog(
      editor,
      parseAuditFilter({ action: marker, actor: contributor.email.slice(0, 20) }),
    );
    expect(byActor.rows.map((row) => row.action)).toEqual([`${marker}.publish`]);

    const byEntity = await listAuditLog(
      editor,
      parseAuditFilter({ action: marker, entityType: "Prisoner", entityId: "p0" }),
    );
    expect(byEntity.total).toBe(2);

    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await listAuditLog(editor, parseAuditFilter({ action: marker, from: today, to: today })))
        .total,
    ).toBe(4);
    expect(
      (await listAuditLog(editor, parseAuditFilter({ action: marker, to: "2000-01-01" }))).total,
    ).toBe(0);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(parseAuditFilter({ from: "yesterday", after: "1; drop table" })).toMatchObject({
      from: undefined,
      cursor: { kind: "first" },
    });
  });

  it("is refused to contributors, in lib/data and in the download", async () => {
    await expect(listAuditLog(contributor, parseAuditFilter({}))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(exportAuditLog(contributor, parseAuditFilter({}))).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    await signInRequestAs(contributor);
    expect((await exportAudit(new Request("http://localhost/api/dashboard/audit"))).status).toBe(
      403,
    );
    signOutRequest();
    expect((await exportAudit(new Request("http://localhost/api/dashboard/audit"))).status).toBe(
      401,
    );
  });

  it("downloads the filtered list as CSV (formulas neutralised) and as JSON", async () => {
    await signInRequestAs(editor);
    const csv = await exportAudit(
      new Request(`http://localhost/api/dashboard/audit?action=${marker}`),
    );
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\n")[0]).toBe(
      "id,at,actorEmail,action,entityType,entityId,ip,userAgent,details",
    );
    expect(text.match(new RegExp(`${marker}\\.`, "g"))).toHaveLength(4);

    const formula = await exportAudit(
      new Request(`http://localhost/api/dashboard/audit?entityType=${marker}`),
    );
    expect(await formula.text()).toContain("'=cmd");

    const json = await exportAudit(
      new Request(`http://localhost/api/dashboard/audit?format=json&action=${marker}.update`),
    );
    const rows = (await json.json()) as { action: string; details: unknown }[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ details: { changed: ["name.en"] } });
  });
});
