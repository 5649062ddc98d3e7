import { NotFoundError } from "@/lib/errors";
import type { ContentRegistryEntry, Tx, WorkflowState } from "./types";

export interface LockedRow {
  version: number;
  state: WorkflowState | undefined;
}

/**
 * Reads the item's version and state and locks its row until the transaction ends, so that a
 * concurrent write of the same item waits here and then sees the version this one leaves behind.
 * Table and column names come from the registry, never from input.
 */
export async function lockRow(tx: Tx, entry: ContentRegistryEntry, id: string): Promise<LockedRow> {
  const stateColumn = entry.stateEnum
    ? `, "state"::text AS "state"`
    : entry.policyStateSql
      ? `, ${entry.policyStateSql} AS "state"`
      : "";
  const found = await tx.$queryRawUnsafe<{ version: number; state?: string }[]>(
    `SELECT "version"${stateColumn} FROM "${entry.table}" WHERE "${entry.idColumn}" = $1 FOR UPDATE`,
    id,
  );
  const row = found[0];
  if (!row) throw new NotFoundError(entry.type, id);
  return { version: row.version, state: row.state as WorkflowState | undefined };
}

/**
 * Moves the version on by one and records who wrote it; with a state, also the new state and,
 * the first time the item becomes public, publishedAt.
 */
export async function bumpVersion(
  tx: Tx,
  entry: ContentRegistryEntry,
  id: string,
  actorId: string,
  change?: { state: WorkflowState; becomesPublic: boolean },
): Promise<number> {
  const stateSql =
    change && entry.stateEnum
      ? `, "state" = $3::"${entry.stateEnum}"` +
        (change.becomesPublic ? `, "publishedAt" = COALESCE("publishedAt", now())` : "")
      : "";
  const params: unknown[] = [id, actorId];
  if (stateSql) params.push(change!.state);
  const updated = await tx.$queryRawUnsafe<{ version: number }[]>(
    `UPDATE "${entry.table}" SET "version" = "version" + 1, "updatedById" = $2, "updatedAt" = now()${stateSql} ` +
      `WHERE "${entry.idColumn}" = $1 RETURNING "version"`,
    ...params,
  );
  return updated[0]!.version;
}
