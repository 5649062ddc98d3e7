import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openStoppableDatabase, type StoppableDatabase } from "../fixtures/stoppable-database";

/**
 * Nothing stuck after an outage: transactions cut by PostgreSQL going away give their pooled
 * connections back (lib/postgres/transaction-release.ts), so the app answers again as soon as the
 * database is back. Against a real PostgreSQL of this file's own, stopped as `pg_ctl stop -m
 * immediate` does, in the middle of interactive transactions.
 */

let database: StoppableDatabase;
let prisma: PrismaClient;
const POOL_SIZE = 2;

beforeAll(async () => {
  database = await openStoppableDatabase({ database: "vigil_outage" });
  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import("@/lib/postgres/client");
  prisma = createPrismaClient(database.url, POOL_SIZE);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.close();
});

/** Settles within `ms`, or says that it hung. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | "hung"> {
  return Promise.race([promise, new Promise<"hung">((resolve) => setTimeout(resolve, ms, "hung"))]);
}

describe("after the database comes back", () => {
  it("queries work again, even after more cut transactions than the pool has connections", async () => {
    for (let cut = 0; cut < POOL_SIZE + 1; cut += 1) {
      const transaction = prisma
        .$transaction(
          async (tx) => {
            await tx.$queryRaw`SELECT 1`;
            await tx.$queryRaw`SELECT pg_sleep(30)`;
          },
          { timeout: 60_000 },
        )
        .catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await database.stopImmediately();
      expect(await transaction).toBeInstanceOf(Error);
      await database.start();
    }

    const answers = await within(
      10_000,
      Promise.all([
        prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`,
        prisma.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`),
      ]),
    );
    expect(answers).toEqual([[{ one: 1 }], [{ one: 1 }]]);
  });
});
