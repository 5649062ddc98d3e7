import type { Actor, ContentType } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { redactionWithdrawsDatasets } from "@/lib/datasets/redaction-withdrawal";
import { conflictFor } from "./conflict";
import { diffSnapshots } from "./diff-snapshots";
import { bumpVersion, lockRow } from "./locked-row";
import { publicChangesOfWrite } from "./record-public-change";
import { recordRevision } from "./record-revision";
import { registryEntry } from "./registry";
import { authorizeContent, runWrite } from "./run-write";
import type { Snapshot, Tx, WriteContext } from "./types";

/**
 * Saves an edit made on version `expectedVersion`. The row is locked, the policy asked about its
 * current state, and a newer version refuses the save with a ConflictError listing what the other
 * person changed. `apply` writes the change (row and children) and must not move the state:
 * that is transitionContent's job, with its own permission.
 */
export async function updateContent(
  actor: Actor,
  input: {
    type: ContentType;
    id: string;
    expectedVersion: number;
    apply: (tx: Tx, current: Snapshot) => Promise<void>;
    summary?: string;
    /** The audit verb after the type, "update" by default (e.g. "translate", "import"). */
    auditAction?: string;
    context?: WriteContext;
  },
): Promise<{ version: number }> {
  const entry = registryEntry(input.type);
  return runWrite(async (tx) => {
    const row = await lockRow(tx, entry, input.id);
    authorizeContent(actor, "update", input.type, row.state);
    if (row.version !== input.expectedVersion) {
      throw await conflictFor(tx, entry, input.id, input.expectedVersion, row.version, actor);
    }
    const before = (await entry.loadSnapshot(tx, input.id))!;
    const checkPublicChildren = await entry.guardPublicChildren?.(tx, actor, input.id);
    await input.apply(tx, before);
    await checkPublicChildren?.();
    const after = await lockRow(tx, entry, input.id);
    if (after.state !== row.state)
      throw new ForbiddenError("update changing the state", input.type);
    const version = await bumpVersion(tx, entry, input.id, actor.id);
    const snapshot = (await entry.loadSnapshot(tx, input.id))!;
    await recordRevision(tx, actor, entry, {
      id: input.id,
      number: version,
      snapshot,
      summary: input.summary,
      action: input.auditAction ?? "update",
      changes: diffSnapshots(before, snapshot),
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
