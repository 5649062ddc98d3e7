import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";

/**
 * One row of the append-only audit log. The database refuses UPDATE, DELETE and TRUNCATE on it
 * (trigger in the init migration), so a row written here stays. Call it inside the transaction of
 * the write it records, so that the write and its record commit together.
 */
export interface AuditEntry {
  /** NULL for the system and for anonymous attempts (a failed sign-in). */
  actor: Pick<Actor, "id" | "email"> | null;
  /** Dotted verb, e.g. "prisoner.update", "auth.sign_in", "auth.sign_in_failed". */
  action: string;
  entityType?: string;
  entityId?: string;
  /** Where from: the client's address and browser, when the write came from a request. */
  ip?: string | null;
  userAgent?: string | null;
  /** What changed or why; never passwords, tokens or codes. */
  details?: Prisma.InputJsonValue;
}

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(db: AuditClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 512) ?? null,
      details: entry.details,
    },
  });
}
