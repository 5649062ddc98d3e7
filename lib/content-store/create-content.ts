import type { Actor, ContentType } from "@/lib/auth/policy";
import { authorizeContent, runWrite } from "./run-write";
import { lockRow } from "./locked-row";
import { recordRevision } from "./record-revision";
import { diffSnapshots } from "./diff-snapshots";
import { publicChangesOfWrite } from "./record-public-change";
import { registryEntry } from "./registry";
import { transitionAction } from "./transitions";
import type { Tx, WriteContext } from "./types";

/**
 * Creates an item through `create` (which writes the row and its children and returns the id),
 * then records revision 1 and the audit row in the same transaction. An item created in a state
 * other than DRAFT needs the permission to move it there (a contributor cannot create it published).
 */
export async function createContent(
  actor: Actor,
  input: {
    type: ContentType;
    create: (tx: Tx) => Promise<{ id: string }>;
    summary?: string;
    context?: WriteContext;
  },
): Promise<{ id: string; version: number }> {
  const entry = registryEntry(input.type);
  authorizeContent(actor, "create", input.type, entry.stateEnum ? "DRAFT" : undefined);
  return runWrite(async (tx) => {
    const { id } = await input.create(tx);
    const row = await lockRow(tx, entry, id);
    if (entry.stateEnum && row.state && row.state !== "DRAFT") {
      const action = transitionAction(entry.stateEnum, "DRAFT", row.state);
      authorizeContent(actor, action ?? "publish", input.type, "DRAFT");
    }
    // Stamp the creator; the version stays where `create` left it (1).
    await tx.$executeRawUnsafe(
      `UPDATE "${entry.table}" SET "createdById" = $2, "updatedById" = $2 WHERE "${entry.idColumn}" = $1`,
      id,
      actor.id,
    );
    const snapshot = (await entry.loadSnapshot(tx, id))!;
    await recordRevision(tx, actor, entry, {
      id,
      number: row.version,
      snapshot,
      summary: input.summary,
      action: "create",
      changes: diffSnapshots({}, snapshot),
      context: input.context,
    });
    return {
      result: { id, version: row.version },
      tags: await entry.cacheTags(tx, id, snapshot),
      changes: await publicChangesOfWrite(tx, entry, id, null, snapshot),
    };
  });
}
