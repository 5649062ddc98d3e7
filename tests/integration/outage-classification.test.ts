import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { openStoppableDatabase, type StoppableDatabase } from "../fixtures/stoppable-database";

/**
 * What Prisma 6.19 (driver adapter @prisma/adapter-pg) and the raw pg pools really throw when
 * PostgreSQL goes away, classified by isDatabaseUnavailable: against a real PostgreSQL 18 of this
 * file's own, stopped as `pg_ctl stop -m immediate` does, and errors that are not outages.
 */

let database: StoppableDatabase;
let prisma: PrismaClient;
let raw: pg.Pool;

/** The error a call throws (fails the test when it does not throw). */
async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

beforeAll(async () => {
  database = await openStoppableDatabase({ database: "vigil_outage" });
  process.env.DATABASE_URL = database.url;
  const { applyMigrations } = await import("@/lib/postgres/migrate");
  await applyMigrations(database.url);
  const { createPrismaClient } = await import("@/lib/postgres/client");
  const { createPgPool } = await import("@/lib/postgres/pool");
  prisma = createPrismaClient(database.url, 3);
  raw = createPgPool(database.url, { max: 3 });
});

afterEach(async () => {
  await database.start();
});

afterAll(async () => {
  await prisma?.$disconnect();
  await raw?.end();
  await database?.close();
});

describe("a database outage is recognised", () => {
  it("when the server is stopped: model queries, raw queries, transactions and the raw pool", async () => {
    await prisma.tag.count(); // A pooled connection exists: it is cut, then refused.
    await database.stopImmediately();
    const errors = [
      await thrownBy(() => prisma.tag.findMany()),
      await thrownBy(() => prisma.$queryRaw`SELECT 1`),
      await thrownBy(() => prisma.$transaction(async (tx) => tx.tag.count())),
      await thrownBy(() => raw.query({ name: "outage-probe", text: "SELECT 1" })),
    ];
    expect(errors.map(isDatabaseUnavailable)).toEqual([true, true, true, true]);
  });

  it("when the server stops in the middle of a query or a transaction", async () => {
    const query = thrownBy(() => prisma.$queryRaw`SELECT pg_sleep(30)`);
    const transaction = thrownBy(() =>
      prisma.$transaction(
        async (tx) => {
          await tx.tag.count();
          await tx.$queryRaw`SELECT pg_sleep(30)`;
        },
        { timeout: 60_000 },
      ),
    );
    const rawQuery = thrownBy(() => raw.query("SELECT pg_sleep(30)"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.stopImmediately();
    expect([await query, await transaction, await rawQuery].map(isDatabaseUnavailable)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("when an administrator ends the connection (57P01)", async () => {
    const query = thrownBy(() => prisma.$queryRaw`SELECT pg_sleep(30)`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await raw.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE query LIKE 'SELECT pg_sleep(30)%' AND pid <> pg_backend_pid()`,
    );
    expect(isDatabaseUnavailable(await query)).toBe(true);
  });

  it("when no pooled connection comes free in time", async () => {
    const { createPgPool } = await import("@/lib/postgres/pool");
    const single = createPgPool(database.url, { max: 1, connectionTimeoutMillis: 300 });
    try {
      const holding = single.query("SELECT pg_sleep(1)");
      expect(isDatabaseUnavailable(await thrownBy(() => single.query("SELECT 1")))).toBe(true);
      await holding;
    } finally {
      await single.end();
    }
  });
});

describe("other database errors are not an outage", () => {
  it("a unique violation, a syntax error, a missing row, or a value quoting an error code", async () => {
    const slug = `outage-classification-${Date.now()}`;
    await prisma.tag.create({ data: { slug, name: { en: "Once" } } });
    const errors = [
      await thrownBy(() => prisma.tag.create({ data: { slug, name: { en: "Twice" } } })),
      await thrownBy(() => prisma.$queryRawUnsafe("SELEC 1")),
      await thrownBy(() => raw.query("SELECT * FROM no_such_table")),
      await thrownBy(() => prisma.tag.findUniqueOrThrow({ where: { slug: `${slug}-missing` } })),
      new Error('Invalid value "P1001 ECONNREFUSED" in field slug'),
    ];
    expect(errors.map(isDatabaseUnavailable)).toEqual([false, false, false, false, false]);
  });
});
