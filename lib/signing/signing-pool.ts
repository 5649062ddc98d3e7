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

export async function runSigningStatement<Row>(statement: Prisma.Sql): Promise<Row[]> {
  const result = await pool().query(statement.text, statement.values as unknown[]);
  return result.rows as Row[];
}
