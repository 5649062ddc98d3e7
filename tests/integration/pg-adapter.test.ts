import { inject, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/postgres/client";

describe("the Prisma client on the pg adapter", () => {
  it("reads catalog columns of PostgreSQL's `name` type (prisma/orm#27403)", async () => {
    const prisma = createPrismaClient(inject("databaseUrl"), 1);
    try {
      const rows = await prisma.$queryRaw<Array<{ nspname: string }>>`
        SELECT nspname FROM pg_namespace WHERE nspname = 'public'`;
      expect(rows).toEqual([{ nspname: "public" }]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
