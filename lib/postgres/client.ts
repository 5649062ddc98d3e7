import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";
import { ReleasingPrismaPg } from "@/lib/postgres/transaction-release";

/**
 * Secrets no query returns unless it asks for them by name (`select: { passwordHash: true }` or
 * `omit: { passwordHash: false }`): a `findMany()` written for a staff list, a DTO spread from a
 * row or a log line can then never carry a password hash, an authenticator secret or the
 * recovery-code hashes by accident. The sign-in and account code in lib/auth selects them.
 */
export const SECRET_USER_FIELDS = {
  passwordHash: true,
  totpSecret: true,
  recoveryCodeHashes: true,
} as const;

/**
 * Followers' addresses (lib/follows: sensitive personal data, need to know) likewise: only the
 * code that e-mails a follower selects `email` by name; no other read of a follower carries it,
 * nor its canonical form `emailKey` (which is the address for most addresses; queries may still
 * filter by it).
 */
export const FOLLOWER_ADDRESS_FIELDS = { email: true, emailKey: true } as const;

/** A Prisma client on the pg driver adapter. The app uses the singleton in lib/db.ts. */
export function createPrismaClient(databaseUrl: string, poolSize = 10): PrismaClient {
  const pool = createPgPool(databaseUrl, { max: poolSize });
  return new PrismaClient({
    // The client owns the pool: $disconnect() ends it, so no idle connection outlives the client.
    adapter: new ReleasingPrismaPg(pool, { disposeExternalPool: true }),
    log: env.VIGIL_LOG_QUERIES ? ["query", "warn", "error"] : ["warn", "error"],
    omit: { user: SECRET_USER_FIELDS, follower: FOLLOWER_ADDRESS_FIELDS },
  });
}
