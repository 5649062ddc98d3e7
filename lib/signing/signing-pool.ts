import "server-only";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";

/**
 * The hot statements of signing (the INSERT of a signature, a confirmation) run on a small pg
 * pool of their own instead of Prisma's $queryRaw: measured on the 2-core machine, a raw query
 * through Prisma's client engine costs about ten times the database round trip it wraps, which
 * alone would keep signing far from its surge target. The statements are still written with
 * Prisma.sql (parameters are never spliced into the text) and run as single statements, so each
 * is atomic on its own.
 */
const globalForPool = globalThis as unknown as { vigilSigningPool?: pg.Pool };

function pool(): pg.Pool {
  return (globalForPool.vigilSigningPool ??= createPgPool(requireDatabaseUrl(), { max: 8 }));
}

/**
 * Runs one of the hot statements as a named prepared statement: each connection parses and plans
 * it once, and then only executes it. Measured on the 2-core machine, parsing and planning the
 * signature INSERT on every request cost a fifth of the signing throughput. A name must always
 * come with the same statement text (only the values vary); pg refuses a name reused for
 * another text.
 */
export async function runSigningStatement<Row>(
  name: string,
  statement: Prisma.Sql,
): Promise<Row[]> {
  const result = await pool().query({
    name,
    text: statement.text,
    values: statement.values as unknown[],
  });
  return result.rows as Row[];
}
