import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { updateContent, type Snapshot, type Tx, type WriteContext } from "@/lib/content-store";

/** What the write of one tab of the prisoner editor is given, inside the update's transaction. */
export interface PrisonerTabWrite<Input> {
  tx: Tx;
  /** The profile as stored before this save. */
  current: Snapshot;
  actor: Actor;
  input: Input;
}

/**
 * Saves one tab of the prisoner editor inside one updateContent: permission, version check, the
 * tab's rows written by `write`, revision, audit row and revalidation, all or nothing.
 */
export function savePrisonerTab<Input extends { id: string; expectedVersion: number }>(
  actor: Actor,
  input: Input,
  context: WriteContext,
  write: (args: PrisonerTabWrite<Input>) => Promise<void>,
  options: { auditAction?: string } = {},
): Promise<{ version: number }> {
  return updateContent(actor, {
    type: "prisoner",
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: (tx, current) => write({ tx, current, actor, input }),
    auditAction: options.auditAction,
    context,
  });
}
