import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/postgres/client";
import { createPgPool } from "@/lib/postgres/pool";

/**
 * pg 8 deprecates sending a query on a connection that is still busy with another ("Calling
 * client.query() when the client is already executing a query", removed in pg 9). Prisma's
 * interpreter does exactly that inside an interactive transaction when a `select` loads several
 * relations; the pool's clients keep such queries in order themselves. Node emits a deprecation
 * once per process, so without the fix the first test here to send concurrent queries fails.
 */

const CONCURRENT_QUERY = /already executing a query/;

let warnings: string[] = [];
const collect = (warning: Error) => void warnings.push(warning.message);

beforeEach(() => {
  warnings = [];
  process.on("warning", collect);
});

afterEach(() => {
  process.off("warning", collect);
});

/** Node emits a warning on the next tick; let it arrive before looking. */
async function warningsSoFar(): Promise<string[]> {
  await new Promise((resolve) => setImmediate(resolve));
  return warnings.filter((message) => CONCURRENT_QUERY.test(message));
}

describe("queries on one pooled connection", () => {
  it("run one after another, each with its own result, without pg's deprecated queue", async () => {
    const pool = createPgPool(inject("databaseUrl"), { max: 1 });
    const client = await pool.connect();
    try {
      const results = await Promise.all(
        [1, 2, 3, 4].map((n) => client.query<{ n: number }>("SELECT $1::int AS n", [n])),
      );
      expect(results.map((result) => result.rows[0]!.n)).toEqual([1, 2, 3, 4]);
      expect(await warningsSoFar()).toEqual([]);
    } finally {
      client.release();
      await pool.end();
    }
  });

  it("a failed query does not hold up the next one", async () => {
    const pool = createPgPool(inject("databaseUrl"), { max: 1 });
    const client = await pool.connect();
    try {
      const [failed, next] = await Promise.allSettled([
        client.query("SELECT 1/0"),
        client.query<{ ok: boolean }>("SELECT true AS ok"),
      ]);
      expect(failed.status).toBe("rejected");
      expect(next.status === "fulfilled" && next.value.rows).toEqual([{ ok: true }]);
    } finally {
      client.release();
      await pool.end();
    }
  });

  it("pool.query (the callback form inside pg-pool) still answers", async () => {
    const pool = createPgPool(inject("databaseUrl"), { max: 1 });
    try {
      const results = await Promise.all(
        ["a", "b"].map((value) => pool.query<{ value: string }>("SELECT $1 AS value", [value])),
      );
      expect(results.map((result) => result.rows[0]!.value)).toEqual(["a", "b"]);
    } finally {
      await pool.end();
    }
  });

  it("a Prisma transaction reading a row with several relations sends no concurrent query", async () => {
    const prisma = createPrismaClient(inject("databaseUrl"), 2);
    const rollback = new Error("roll back the fixture");
    try {
      const read = prisma.$transaction(async (tx) => {
        const { id } = await tx.publication.create({
          data: {
            slug: `pg-one-query-${Date.now()}`,
            type: "NEWS",
            title: { en: "One query at a time" },
            summary: {},
            body: {},
          },
        });
        const row = await tx.publication.findUnique({
          where: { id },
          select: {
            slug: true,
            attachments: { select: { id: true } },
            prisoners: { select: { prisonerId: true } },
            countries: { select: { countryCode: true } },
          },
        });
        expect(row).toMatchObject({ attachments: [], prisoners: [], countries: [] });
        throw rollback;
      });
      await expect(read).rejects.toBe(rollback);
      expect(await warningsSoFar()).toEqual([]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
