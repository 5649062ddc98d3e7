import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";
import { ReleasingPrismaPg } from "@/lib/postgres/transaction-release";

/** A Prisma client on the pg driver adapter. The app uses the singleton in lib/db.ts. */
export function createPrismaClient(databaseUrl: string, poolSize = 10): PrismaClient {
  const pool = createPgPool(databaseUrl, { max: poolSize });
  return new PrismaClient({
    // The client owns the pool: $disconnect() ends it, so no idle connection outlives the client.
    adapter: new ReleasingPrismaPg(pool, { disposeExternalPool: true }),
    log: env.VIGIL_LOG_QUERIES ? ["query", "warn", "error"] : ["warn", "error"],
  });
}
