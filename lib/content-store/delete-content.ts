import type { Actor, ContentType } from "@/lib/auth/policy";
import { conflictFor } from "./conflict";
import { ContentInUseError, isForeignKeyViolation } from "./content-in-use-error";
import { diffSnapshots } from "./diff-snapshots";
import { lockRow } from "./locked-row";
import { publicChangesOfWrite } from "./record-public-change";
import { recordRevision } from "./record-revision";
import { registryEntry } from "./registry";
import { authorizeContent, runWrite } from "./run-write";
import type { WriteContext } from "./types";

/**
 * Deletes an item (editors only; archiving is usually the better choice). A last revision with the
 * final snapshot and the summary "deleted" is kept: Revision has no foreign key to the item, so its
 * history outlives it. A row still referenced elsewhere (a country with prisoners) is refused by
 * the database: ContentInUseError, and nothing is written.
 */
export async function deleteContent(
  actor: Actor,
  input: { type: ContentType; id: string; expectedVersion: number; context?: WriteContext },
): Promise<void> {
  const entry = registryEntry(input.type);
  await runWrite(async (tx) => {
    const row = await lockRow(tx, entry, input.id);
    authorizeContent(actor, "delete", input.type, row.state);
    if (row.version !== input.expectedVersion) {
      throw await conflictFor(tx, entry, input.id, input.expectedVersion, row.version, actor);
    }
    const snapshot = (await entry.loadSnapshot(tx, input.id))!;
    // Asked before the delete: the links to publications and letters go with the row.
    const tags = await entry.cacheTags(tx, input.id, snapshot);
    const changes = await publicChangesOfWrite(tx, entry, input.id, snapshot, null);
    await recordRevision(tx, actor, entry, {
      id: input.id,
      number: row.version + 1,
      snapshot,
      summary: "deleted",
      action: "delete",
      changes: diffSnapshots(snapshot, {}),
      context: input.context,
    });
    try {
      await tx.$executeRawUnsafe(
        `DELETE FROM "${entry.table}" WHERE "${entry.idColumn}" = $1`,
        input.id,
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new ContentInUseError(input.type, input.id);
      throw error;
    }
    return { result: undefined, tags, changes };
  });
}
