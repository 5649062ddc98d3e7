import type { FieldChange, Snapshot, SnapshotValue } from "@/lib/content-store/types";
import { DISPLAY_COPIES } from "@/lib/data/history-references";

/**
 * A changed field with the context the history view needs to say it in words: the field's key
 * (for its enum labels or the kind of row it names), the precision of a partial date, and the
 * row it belongs to, named by the row's most telling field. Pure: computed from the two
 * snapshots of a comparison.
 */
export interface ChangeInContext extends FieldChange {
  /** The field's own key ("stage", "facilityId"); absent when the change is a whole row. */
  key?: string;
  /** The precision (DAY, MONTH, YEAR) of a partial date field, on each side. */
  precision?: { before?: string; after?: string };
  /** The field of the changed row that names it, and its value (an id, a code or a text). */
  rowLabel?: { key: string; value: SnapshotValue };
}

type Row = { [key: string]: SnapshotValue };

/** The keys that identify a row in a list (as lib/content-store/diff-snapshots.ts matches them). */
const IDENTITY_KEYS = ["id", "code", "tagId", "affiliationId", "sourceId", "criterion"];

/** Fields that name a row, most telling first: a text, then what the row is about. */
const ROW_LABEL_KEYS = [
  "label",
  "value",
  "name",
  "title",
  "caseNumber",
  "facilityId",
  "articleId",
  "organisationId",
  "sourceId",
  "tagId",
  "affiliationId",
  "prisonerId",
  "criterion",
  "status",
  "type",
];

function isRow(value: SnapshotValue | undefined): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Place {
  /** The record the last key was read from. */
  parent?: Row;
  key?: string;
  /** The innermost list row on the path. */
  row?: Row;
  /** Whether the path reads a display copy of a referenced row's name (not shown). */
  copy: boolean;
}

/** Follows a change's path through one snapshot (list rows are matched by their identity). */
function locate(snapshot: Snapshot, path: string[]): Place {
  let node: SnapshotValue | undefined = snapshot;
  const place: Place = { copy: false };
  for (const segment of path) {
    if (Array.isArray(node)) {
      const found: SnapshotValue | undefined = node.find(
        (item) => isRow(item) && IDENTITY_KEYS.some((key) => String(item[key]) === segment),
      );
      if (isRow(found)) place.row = found;
      place.parent = undefined;
      place.key = undefined;
      node = found;
    } else if (isRow(node)) {
      if (node === place.row && isCopy(node, segment)) place.copy = true;
      place.parent = node;
      place.key = segment;
      node = node[segment];
    } else {
      break;
    }
  }
  return place;
}

function isCopy(row: Row, key: string): boolean {
  return Object.entries(DISPLAY_COPIES).some(
    ([reference, copy]) => copy === key && reference in row,
  );
}

function rowLabelOf(row: Row | undefined): ChangeInContext["rowLabel"] {
  if (!row) return undefined;
  for (const key of ROW_LABEL_KEYS) {
    const value = row[key];
    if (value !== undefined && value !== null && value !== "") return { key, value };
  }
  return undefined;
}

function precisionOf(place: Place): string | undefined {
  const value = place.key ? place.parent?.[`${place.key}Precision`] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** The change with its context, or null for a change of a display copy (shown by its id). */
export function describeChange(
  change: FieldChange,
  before: Snapshot,
  after: Snapshot,
): ChangeInContext | null {
  const old = locate(before, change.path);
  const now = locate(after, change.path);
  if (old.copy || now.copy) return null;
  const key = (now.parent ? now.key : old.key) ?? undefined;
  const described: ChangeInContext = { ...change };
  // A whole row added or removed is read from its last segment, its id: no key.
  if (key && (now.parent || old.parent)) described.key = key;
  const precision = { before: precisionOf(old), after: precisionOf(now) };
  if (precision.before || precision.after) described.precision = precision;
  // A change inside a row names the row; a whole row added or removed names itself.
  const rowLabel = rowLabelOf(now.row ?? old.row);
  if (rowLabel) described.rowLabel = rowLabel;
  return described;
}
