import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentRegistryEntry, FieldChange, Snapshot, Tx, WriteContext } from "./types";

/**
 * Writes the Revision and the AuditLog row of one change, inside the change's transaction. The
 * audit row names the changed field paths only: values (family contacts, notes) stay in the
 * revision, which only staff can read.
 */
export async function recordRevision(
  tx: Tx,
  actor: Actor,
  entry: ContentRegistryEntry,
  change: {
    id: string;
    number: number;
    snapshot: Snapshot;
    summary?: string | null;
    action: string;
    changes: FieldChange[];
    details?: Record<string, Prisma.InputJsonValue>;
    context?: WriteContext;
  },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: entry.entityType,
      entityId: change.id,
      number: change.number,
      snapshot: change.snapshot as Prisma.InputJsonValue,
      authorId: actor.id,
      summary: change.summary ?? null,
    },
  });
  await recordAudit(tx, {
    actor,
    action: `${entry.type}.${change.action}`,
    entityType: entry.entityType,
    entityId: change.id,
    ip: change.context?.ip,
    userAgent: change.context?.userAgent,
    details: {
      version: change.number,
      changed: [...new Set(change.changes.map((c) => c.path.join(".")))],
      ...change.details,
    },
  });
}
