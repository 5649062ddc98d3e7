/**
 * Conflict-safe content writes: every create, update, workflow move, delete and restore runs in
 * one transaction that locks the row, asks the policy about the item's current state, checks the
 * version the user's form was based on, writes the change, a Revision (snapshot) and an AuditLog
 * row, and after the commit revalidates the public pages that show the item. See README.md.
 */
export { createContent } from "./create-content";
export { updateContent } from "./update-content";
export { transitionContent } from "./transition-content";
export { deleteContent } from "./delete-content";
export { restoreRevision } from "./restore-revision";
export { diffSnapshots } from "./diff-snapshots";
export { redactChanges, redactSnapshot, restorableSnapshot } from "./sensitive-fields";
export { ContentInUseError } from "./content-in-use-error";
export { transitionAction, statesOf } from "./transitions";
export { CONTENT_KINDS, contentTypeOfEntity } from "./content-kinds";
export { registryEntries, registryEntry, registryEntryByEntityType } from "./registry";
export type {
  ContentRegistryEntry,
  FieldChange,
  Snapshot,
  SnapshotValue,
  Tx,
  WorkflowState,
  WriteContext,
} from "./types";
