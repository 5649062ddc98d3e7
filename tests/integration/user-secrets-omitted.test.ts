import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret, newTotpSecret } from "@/lib/auth/totp";
import { prisma } from "@/lib/db";

/**
 * The Prisma client omits every User secret unless a query names it (lib/postgres/client.ts), so
 * a read written for something else cannot carry one into a DTO, a log line or a page.
 */
const SECRETS = ["passwordHash", "totpSecret", "recoveryCodeHashes"] as const;

async function staffWithEverySecret() {
  return prisma.user.create({
    data: {
      email: `omit-${randomUUID()}@example.test`,
      name: "Secret Keeper",
      role: "ADMIN",
      passwordHash: await hashPassword("a long enough password"),
      totpSecret: encryptTotpSecret(newTotpSecret()),
      totpEnabledAt: new Date(),
      recoveryCodeHashes: ["not-a-real-hash"],
    },
    select: { id: true },
  });
}

describe("the User secrets", () => {
  it("are absent from a plain findFirst and findMany", async () => {
    const { id } = await staffWithEverySecret();

    const one = await prisma.user.findFirst({ where: { id } });
    const many = await prisma.user.findMany({ where: { id } });

    expect(one).not.toBeNull();
    expect(many).toHaveLength(1);
    for (const row of [one!, many[0]!]) {
      expect(row.id).toBe(id);
      for (const secret of SECRETS) expect(Object.keys(row)).not.toContain(secret);
    }
  });

  it("come back only to a query that names them", async () => {
    const { id } = await staffWithEverySecret();

    const selected = await prisma.user.findUniqueOrThrow({
      where: { id },
      select: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true },
    });
    const optedIn = await prisma.user.findUniqueOrThrow({
      where: { id },
      omit: { passwordHash: false },
    });

    expect(selected.passwordHash).toMatch(/\S/);
    expect(selected.totpSecret).toMatch(/\S/);
    expect(selected.recoveryCodeHashes).toEqual(["not-a-real-hash"]);
    expect(optedIn.passwordHash).toMatch(/\S/);
    expect(Object.keys(optedIn)).not.toContain("totpSecret");
  });
});
