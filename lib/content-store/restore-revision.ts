import type { Actor, ContentType } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { redactionWithdrawsDatasets } from "@/lib/datasets/redaction-withdrawal";
import { conflictFor } from "./conflict";
import { diffSnapshots } from "./diff-snapshots";
import { bumpVersion, lockRow } from "./locked-row";
import { publicChangesOfWrite } from "./record-public-change";
import { recordRevision } from "./record-revision";
import { registryEntry } from "./registry";
import { restorableSnapshot } from "./sensitive-fields";
import { authorizeContent, runWrite } from "./run-write";
import type { Snapshot, WriteContext } from "./types";

/**
 * Brings back the content of an old revision as a new revision (history is never rewritten). The
 * workflow state stays as it is: restoring is an edit, and publishing it is a separate decision.
 */
export async function restoreRevision(
  actor: Actor,
  input: {
    type: ContentType;
    id: string;
    revisionNumber: number;
    expectedVersion: number;
    context?: WriteContext;
  },
): Promise<{ version: number }> {
  const entry = registryEntry(input.type);
  return runWrite(async (tx) => {
    const row = await lockRow(tx, entry, input.id);
    authorizeContent(actor, "restoreRevision", input.type, row.state);
    if (row.version !== input.expectedVersion) {
      throw await conflictFor(tx, entry, input.id, input.expectedVersion, row.version, actor);
    }
    const revision = await tx.revision.findUnique({
      where: {
        entityType_entityId_number: {
          entityType: entry.entityType,
          entityId: input.id,
          number: input.revisionNumber,
        },
      },
      select: { snapshot: true },
    });
    if (!revision) throw new NotFoundError("revision", `${input.id}#${input.revisionNumber}`);
    const before = (await entry.loadSnapshot(tx, input.id))!;
    // A restore writes child rows back wholesale: published events a contributor may not touch
    // are checked afterwards, and any difference refuses the restore.
    const checkPublicChildren = await entry.guardPublicChildren?.(tx, actor, input.id);
    // Sensitive fields the actor may not see are kept as they are now (sensitive-fields.ts).
    const restored = restorableSnapshot(actor, input.type, revision.snapshot as Snapshot, before);
    await entry.restoreSnapshot(tx, input.id, restored);
    await checkPublicChildren?.();
    // The policy state (a signatory's verification) is not restored either; a change is refused.
    const after = await lockRow(tx, entry, input.id);
    if (after.state !== row.state) {
      throw new ForbiddenError("restore changing the state", input.type);
    }
    const version = await bumpVersion(tx, entry, input.id, actor.id);
    const snapshot = (await entry.loadSnapshot(tx, input.id))!;
    await recordRevision(tx, actor, entry, {
      id: input.id,
      number: version,
      snapshot,
      summary: `Restored revision ${input.revisionNumber}`,
      action: "restore",
      changes: diffSnapshots(before, snapshot),
      details: { restoredRevision: input.revisionNumber },
      context: input.context,
    });
    const tags = [
      ...(await entry.cacheTags(tx, input.id, before)),
      ...(await entry.cacheTags(tx, input.id, snapshot)),
    ];
    const changes = await publicChangesOfWrite(tx, entry, input.id, before, snapshot);
    const withdrawsDatasets = redactionWithdrawsDatasets(input.type, before, snapshot);
    return { result: { version }, tags, changes, withdrawsDatasets };
  });
}
