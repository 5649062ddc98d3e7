import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";

/**
 * The audit log is append-only for the application itself: the database refuses to change or
 * remove its rows through the very connection the app writes with.
 */
describe("audit log", () => {
  async function oneRow() {
    await recordAudit(prisma, { actor: null, action: "test.append_only", details: { n: 1 } });
    return prisma.auditLog.findFirstOrThrow({
      where: { action: "test.append_only" },
      orderBy: { id: "desc" },
    });
  }

  it("refuses UPDATE from the application's connection", async () => {
    const row = await oneRow();
    await expect(
      prisma.auditLog.update({ where: { id: row.id }, data: { action: "test.rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'x' WHERE "id" = $1`, row.id),
    ).rejects.toThrow(/append-only/);
    expect((await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe(
      "test.append_only",
    );
  });

  it("refuses DELETE from the application's connection", async () => {
    const row = await oneRow();
    await expect(prisma.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await prisma.auditLog.findUnique({ where: { id: row.id } })).not.toBeNull();
  });

  it("refuses TRUNCATE from the application's connection", async () => {
    const row = await oneRow();
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditLog.findUnique({ where: { id: row.id } })).not.toBeNull();
  });
});
