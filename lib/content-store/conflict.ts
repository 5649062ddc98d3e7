import type { Actor } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors";
import { diffSnapshots } from "./diff-snapshots";
import { redactChanges } from "./sensitive-fields";
import type { ContentRegistryEntry, FieldChange, Snapshot, Tx } from "./types";

/**
 * The error for a save based on an old version: what changed between the version the user opened
 * and the one in the database now, and who saved the latest one ("what the other person changed").
 * The changes are shown to `actor`: sensitive values they may not read are hidden.
 */
export async function conflictFor(
  tx: Tx,
  entry: ContentRegistryEntry,
  id: string,
  expectedVersion: number,
  currentVersion: number,
  actor: Pick<Actor, "role">,
): Promise<ConflictError<FieldChange>> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const base = await tx.revision.findUnique({
    where: {
      entityType_entityId_number: {
        entityType: entry.entityType,
        entityId: id,
        number: expectedVersion,
      },
    },
    select: { snapshot: true },
  });
  const latest = await tx.revision.findFirst({
    where: { entityType: entry.entityType, entityId: id },
    orderBy: { number: "desc" },
    select: { createdAt: true, author: { select: { name: true, email: true } } },
  });
  const current = await entry.loadSnapshot(tx, id);
  // Without the base revision (content imported before revisions existed) the changes are unknown.
  const changes =
    base && current
      ? redactChanges(actor, entry.type, diffSnapshots(base.snapshot as Snapshot, current))
      : [];
  const changedBy = latest?.author ? latest.author.name || latest.author.email : null;
  return new ConflictError(
    entry.type,
    id,
    expectedVersion,
    currentVersion,
    changes,
    changedBy,
    latest?.createdAt ?? null,
  );
}
