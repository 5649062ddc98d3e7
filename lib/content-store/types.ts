import type { Actor, ContentType } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The transaction every content write runs in. */
export type Tx = Prisma.TransactionClient;

/** JSON as stored in Revision.snapshot: dates are ISO strings, nothing else is special. */
export type SnapshotValue =
  string | number | boolean | null | SnapshotValue[] | { [key: string]: SnapshotValue };

/** The aggregate as the dashboard edits it: the row and its child rows, without bookkeeping. */
export type Snapshot = { [key: string]: SnapshotValue };

/** The states content moves through; letters use their LetterState values. */
export type WorkflowState =
  "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED" | "OPEN" | "CLOSED" | "DELIVERED";

/** Where a write came from, for the audit log. */
export interface WriteContext {
  ip?: string | null;
  userAgent?: string | null;
}

/** One difference between two snapshots. */
export interface FieldChange {
  /** Field names and, inside lists, the item's id: ["cases", "c1", "sentenceMonths"]. */
  path: string[];
  /** A human name for a list item the change concerns ("Art. 274", "Zhakishev"). */
  label?: string;
  /** Absent (undefined) when the field or item was added. */
  before: SnapshotValue | undefined;
  /** Absent (undefined) when the field or item was removed. */
  after: SnapshotValue | undefined;
}

/**
 * What the store needs to know about one content type. One file per type under registry/.
 */
export interface ContentRegistryEntry {
  type: ContentType;
  /** Prisma model name, used as Revision.entityType and AuditLog.entityType. */
  entityType: string;
  /** SQL table and its primary-key column (countries are keyed by `code`). */
  table: string;
  idColumn: string;
  /**
   * The state column's enum, or null for types without a workflow (reference data): those are
   * only created, updated and deleted.
   */
  stateEnum: "PublicationState" | "LetterState" | null;
  /**
   * For a type without a workflow whose rows are still public or not by another column: the SQL
   * expression (over the item's own columns) of the state the policy judges it in. A notable
   * signatory is a DRAFT (a proposal) until an editor verifies it, PUBLISHED after. An update
   * or restore may not change it; only the type's own action does (lib/data/signatory-verification.ts).
   */
  policyStateSql?: string;
  /**
   * Child rows with their own publication state (a prisoner's timeline events, which other
   * profiles may share). Called before an update or a restore writes; the check it returns runs
   * after the write and throws ForbiddenError when an actor who may not change public content
   * changed, unlinked or deleted one of them, so that the whole write is rolled back.
   */
  guardPublicChildren?(tx: Tx, actor: Actor, id: string): Promise<() => Promise<void>>;
  /** The aggregate, or null when the row does not exist. */
  loadSnapshot(tx: Tx, id: string): Promise<Snapshot | null>;
  /** Rewrites the row and replaces its child rows from a snapshot of the same item. */
  restoreSnapshot(tx: Tx, id: string, snapshot: Snapshot): Promise<void>;
  /**
   * Public cache tags of the pages that show this item, asked inside the transaction (before a
   * delete) and revalidated after the commit.
   */
  cacheTags(tx: Tx, id: string, snapshot: Snapshot): Promise<string[]>;
  /** A human name for the history view and the audit log, in the given locale when it has one. */
  label(snapshot: Snapshot, locale: string): string;
}
