import type { Actor, ContentType } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { conflictFor } from "./conflict";
import { diffSnapshots } from "./diff-snapshots";
import { bumpVersion, lockRow } from "./locked-row";
import { publicChangesOfWrite } from "./record-public-change";
import { recordRevision } from "./record-revision";
import { registryEntry } from "./registry";
import { authorizeContent, runWrite } from "./run-write";
import { isPublicState, transitionAction } from "./transitions";
import type { WorkflowState, WriteContext } from "./types";

/**
 * Moves an item through its workflow (draft → in review → published → archived; letters through
 * their LetterState). The permission depends on the move and on the current state; publishing the
 * first time sets publishedAt. Types without a state have no workflow.
 */
export async function transitionContent(
  actor: Actor,
  input: {
    type: ContentType;
    id: string;
    expectedVersion: number;
    to: WorkflowState;
    note?: string;
    context?: WriteContext;
    /** Part of a batch: add the cache tags here for the batch to revalidate once (runWrite). */
    collectTags?: Set<string>;
  },
): Promise<{ version: number }> {
  const entry = registryEntry(input.type);
  const stateEnum = entry.stateEnum;
  if (!stateEnum) throw new ForbiddenError(`move to ${input.to}`, input.type);
  return runWrite(async (tx) => {
    const row = await lockRow(tx, entry, input.id);
    const from = row.state!;
    const action = transitionAction(stateEnum, from, input.to);
    if (!action) throw new ForbiddenError(`move from ${from} to ${input.to}`, input.type);
    authorizeContent(actor, action, input.type, from);
    if (row.version !== input.expectedVersion) {
      throw await conflictFor(tx, entry, input.id, input.expectedVersion, row.version, actor);
    }
    const before = (await entry.loadSnapshot(tx, input.id))!;
    const version = await bumpVersion(tx, entry, input.id, actor.id, {
      state: input.to,
      becomesPublic: isPublicState(stateEnum, input.to),
    });
    const snapshot = (await entry.loadSnapshot(tx, input.id))!;
    await recordRevision(tx, actor, entry, {
      id: input.id,
      number: version,
      snapshot,
      summary: input.note,
      action,
      changes: diffSnapshots(before, snapshot),
      details: { from, to: input.to },
      context: input.context,
    });
    return {
      result: { version },
      tags: await entry.cacheTags(tx, input.id, snapshot),
      changes: await publicChangesOfWrite(tx, entry, input.id, before, snapshot),
    };
  }, input.collectTags);
}
