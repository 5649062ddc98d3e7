import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { listAuditLog, parseAuditFilter } from "@/lib/data/audit-log";
import { compareRevisions } from "@/lib/data/revisions";
import { createStaffUser } from "../fixtures/staff-users";
import { draftPrisoner, STORE_COUNTRY } from "../fixtures/content-store";

/**
 * The history and audit views name the rows that revisions and entries point at: looked up in
 * one query per kind of row for the whole page (never one per field or per entry), in the page's
 * locale, and a row deleted since is reported as gone rather than failing or showing its id.
 */
let editor: Actor;
const run = randomUUID().slice(0, 8);

async function facility(name: string): Promise<string> {
  const row = await prisma.facility.create({
    data: {
      slug: `names-it-${run}-${name.toLowerCase().replace(/\W+/g, "-")}`,
      name: { en: `Colony ${name}`, ru: `Колония ${name}` },
      kind: "PENAL_COLONY",
      countryCode: STORE_COUNTRY,
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("names in the history and the audit log", () => {
  it("names facilities in one batch, in the page's locale, and marks a deleted one", async () => {
    const { id } = await draftPrisoner(editor, `Names Person ${run}`);
    const [gone, kept, later] = [
      await facility(`Gone ${run}`),
      await facility(`Kept ${run}`),
      await facility(`Later ${run}`),
    ];
    // Revision 2: two detentions; revision 3: both moved to another facility.
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx) => {
        await tx.detention.createMany({
          data: [
            { prisonerId: id, facilityId: gone, startedOn: new Date("2023-05-01") },
            { prisonerId: id, facilityId: kept, startedOn: new Date("2024-01-01") },
          ],
        });
      },
    });
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 2,
      apply: async (tx) => {
        await tx.detention.updateMany({ where: { prisonerId: id }, data: { facilityId: later } });
      },
    });
    // The first facility is deleted since (nothing refers to it any more).
    await prisma.facility.delete({ where: { id: gone } });

    const facilityReads = vi.spyOn(prisma.facility, "findMany");
    const comparison = await compareRevisions(editor, "prisoner", id, 2, 3, "ru");

    expect(facilityReads).toHaveBeenCalledTimes(1);
    const moves = comparison!.changes.filter((change) => change.key === "facilityId");
    expect(moves).toHaveLength(2);
    expect(moves.map((change) => [change.before, change.after]).sort()).toEqual(
      [
        [gone, later],
        [kept, later],
      ].sort(),
    );
    expect(comparison!.names.facility).toEqual({
      [kept]: `Колония Kept ${run}`,
      [later]: `Колония Later ${run}`,
    });
    // The display copy of the facility's name is not a change of its own.
    expect(comparison!.changes.some((change) => change.path.includes("facility"))).toBe(false);
  });

  it("names the actors and items of an audit page in one query per kind, and links what exists", async () => {
    const marker = `names-audit-${run}`;
    const kept = await facility(`Audit ${run}`);
    const gone = await facility(`Audit gone ${run}`);
    await prisma.facility.delete({ where: { id: gone } });
    for (let n = 0; n < 5; n++) {
      await recordAudit(prisma, {
        actor: editor,
        action: `${marker}.update`,
        entityType: "Facility",
        entityId: n === 0 ? gone : kept,
      });
    }
    await recordAudit(prisma, { actor: null, action: `${marker}.other`, entityType: "Paging" });

    const userReads = vi.spyOn(prisma.user, "findMany");
    const facilityReads = vi.spyOn(prisma.facility, "findMany");
    const page = await listAuditLog(editor, parseAuditFilter({ action: marker }), 50, "en");

    expect(userReads).toHaveBeenCalledTimes(1);
    expect(facilityReads).toHaveBeenCalledTimes(1);
    expect(page.rows).toHaveLength(6);
    const [system, ...edits] = page.rows;
    expect(system).toMatchObject({ actorName: null, entityType: "Paging" });
    expect(system!.item).toBeNull();
    expect(edits.every((row) => row.actorName === editor.name)).toBe(true);
    expect(edits.at(-1)!.item).toEqual({ name: null, gone: true, href: null });
    expect(edits[0]!.item).toEqual({
      name: `Colony Audit ${run}`,
      gone: false,
      href: `/dashboard/facilities/${kept}`,
    });
    // The raw columns stay as recorded.
    expect(edits[0]).toMatchObject({ entityType: "Facility", entityId: kept });
  });
});
