import "server-only";
import { can, CONTENT_TYPES, type Actor, type ContentType } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import {
  diffSnapshots,
  redactChanges,
  registryEntry,
  type Snapshot,
  type WorkflowState,
} from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { resolveNames } from "@/lib/data/history-names";
import { collectReferences, type NameBook, type NameKind } from "@/lib/data/history-references";
import { describeChange, type ChangeInContext } from "@/lib/data/revision-context";
import type { Locale } from "@/lib/i18n/routing";

/** One saved version of an item, as the history view lists it. */
export interface RevisionSummaryDto {
  number: number;
  authorName: string | null;
  summary: string | null;
  /** ISO timestamp. */
  createdAt: string;
}

export interface ContentHistoryDto {
  type: ContentType;
  id: string;
  /** The item's name in the requested locale (from the latest snapshot when it was deleted). */
  label: string;
  /** The item as it is now; null when it has been deleted (its history remains). */
  current: { version: number; state: WorkflowState | null } | null;
  /** Newest first. */
  revisions: RevisionSummaryDto[];
  /** Whether this actor may restore a revision of the item in its current state. */
  canRestore: boolean;
}

export interface RevisionComparisonDto {
  from: number;
  to: number;
  /** Changed fields with what the view needs to put them in words (their key, row, precision). */
  changes: ChangeInContext[];
  /** Names of the rows the changed values refer to, in the page's locale; a gone row is absent. */
  names: NameBook;
}

export function isContentType(value: string): value is ContentType {
  return (CONTENT_TYPES as readonly string[]).includes(value);
}

/**
 * Who changed an item and when: its revisions, newest first, with the state the item is in now.
 * Staff only (viewHistory); null when the item never existed.
 */
export async function getContentHistory(
  actor: Actor,
  type: ContentType,
  id: string,
  locale: string,
): Promise<ContentHistoryDto | null> {
  authorize(actor, "viewHistory", { type });
  const entry = registryEntry(type);
  const [revisions, current] = await Promise.all([
    prisma.revision.findMany({
      where: { entityType: entry.entityType, entityId: id },
      orderBy: { number: "desc" },
      select: {
        number: true,
        summary: true,
        createdAt: true,
        snapshot: true,
        author: { select: { name: true, email: true } },
      },
    }),
    currentRow(entry.table, entry.idColumn, entry.stateEnum !== null, id),
  ]);
  if (revisions.length === 0 && !current) return null;
  const latest = revisions[0]?.snapshot as Snapshot | undefined;
  return {
    type,
    id,
    label: latest ? entry.label(latest, locale) : id,
    current,
    revisions: revisions.map((revision) => ({
      number: revision.number,
      authorName: revision.author ? revision.author.name || revision.author.email : null,
      summary: revision.summary,
      createdAt: revision.createdAt.toISOString(),
    })),
    canRestore:
      current !== null &&
      can(actor, "restoreRevision", current.state ? { type, state: current.state } : { type }),
  };
}

/**
 * The differences between two revisions of an item (in either order: "from" is the older one as
 * the user chose it). Null when either revision does not exist. Sensitive personal data (a
 * prisoner's family and lawyer contacts, consent notes) is hidden from roles without
 * viewSensitive: the field is listed as changed, its values are not shown.
 */
export async function compareRevisions(
  actor: Actor,
  type: ContentType,
  id: string,
  from: number,
  to: number,
  locale: Locale = "en",
): Promise<RevisionComparisonDto | null> {
  authorize(actor, "viewHistory", { type });
  const entry = registryEntry(type);
  const found = await prisma.revision.findMany({
    where: { entityType: entry.entityType, entityId: id, number: { in: [from, to] } },
    select: { number: true, snapshot: true },
  });
  const before = found.find((revision) => revision.number === from);
  const after = found.find((revision) => revision.number === to);
  if (!before || !after) return null;
  const older = before.snapshot as Snapshot;
  const newer = after.snapshot as Snapshot;
  const changes = redactChanges(actor, type, diffSnapshots(older, newer)).flatMap((change) => {
    const described = describeChange(change, older, newer);
    return described ? [described] : [];
  });
  return { from, to, changes, names: await namesOf(changes, locale) };
}

/** The names every change refers to, looked up in one batch (one query per kind of row). */
function namesOf(changes: ChangeInContext[], locale: Locale): Promise<NameBook> {
  const ids: Partial<Record<NameKind, Set<string>>> = {};
  for (const change of changes) {
    collectReferences(change.before, change.key, ids);
    collectReferences(change.after, change.key, ids);
    if (change.rowLabel) collectReferences(change.rowLabel.value, change.rowLabel.key, ids);
  }
  return resolveNames(ids, locale);
}

async function currentRow(
  table: string,
  idColumn: string,
  hasState: boolean,
  id: string,
): Promise<{ version: number; state: WorkflowState | null } | null> {
  // Table and column names come from the content-store registry, never from input.
  const rows = await prisma.$queryRawUnsafe<{ version: number; state: string | null }[]>(
    `SELECT "version", ${hasState ? `"state"::text` : "NULL"} AS "state" FROM "${table}" WHERE "${idColumn}" = $1`,
    id,
  );
  const row = rows[0];
  return row ? { version: row.version, state: row.state as WorkflowState | null } : null;
}
