import type { FieldChange, SnapshotValue } from "./types";

/**
 * What changed between two snapshots of the same item, as a flat list of field changes.
 *
 * Objects are compared field by field (so a localized field reports "summary › ru" rather than the
 * whole object); rich-text documents and lists of plain values are compared whole, because a diff
 * of a ProseMirror tree or of list positions reads as noise. Lists of rows (name variants, cases,
 * charges ...) are matched by their identity key, not by position, so that inserting a row in the
 * middle reports one added row instead of every row after it as changed.
 */
export function diffSnapshots(
  before: SnapshotValue | undefined,
  after: SnapshotValue | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(before, after, [], undefined, changes);
  return changes;
}

/** Fields that identify a row in a list, in order of preference. */
const IDENTITY_KEYS = ["id", "code", "tagId", "affiliationId", "sourceId", "criterion"] as const;

/** Fields that give a row a readable name, in order of preference. */
const LABEL_KEYS = ["label", "value", "name", "title", "caseNumber", "criterion", "status", "type"];

type Row = { [key: string]: SnapshotValue };

function collect(
  before: SnapshotValue | undefined,
  after: SnapshotValue | undefined,
  path: string[],
  label: string | undefined,
  changes: FieldChange[],
): void {
  if (sameValue(before, after)) return;
  if (isRecord(before) && isRecord(after) && !isRichText(before) && !isRichText(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) collect(before[key], after[key], [...path, key], label, changes);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = identityKey(before, after);
    if (key) {
      collectRows(before as Row[], after as Row[], key, path, changes);
      return;
    }
  }
  // A list that appears or disappears whole: report its rows one by one when they have ids.
  if (Array.isArray(after) && (before === undefined || before === null) && identityKey([], after)) {
    collectRows([], after as Row[], identityKey([], after)!, path, changes);
    return;
  }
  if (Array.isArray(before) && (after === undefined || after === null) && identityKey(before, [])) {
    collectRows(before as Row[], [], identityKey(before, [])!, path, changes);
    return;
  }
  changes.push(label === undefined ? { path, before, after } : { path, label, before, after });
}

function collectRows(
  before: Row[],
  after: Row[],
  key: string,
  path: string[],
  changes: FieldChange[],
): void {
  const beforeById = new Map(before.map((row) => [String(row[key]), row]));
  const afterById = new Map(after.map((row) => [String(row[key]), row]));
  // Keep the order the editor sees: rows as they are now, then the removed ones.
  for (const [id, row] of afterById) {
    const old = beforeById.get(id);
    const label = rowLabel(row);
    if (old === undefined)
      changes.push(withLabel({ path: [...path, id], before: undefined, after: row }, label));
    else collect(old, row, [...path, id], label, changes);
  }
  for (const [id, row] of beforeById) {
    if (!afterById.has(id)) {
      changes.push(
        withLabel({ path: [...path, id], before: row, after: undefined }, rowLabel(row)),
      );
    }
  }
}

function withLabel(change: FieldChange, label: string | undefined): FieldChange {
  return label === undefined ? change : { ...change, label };
}

/** The key every row of both lists has, when both are lists of rows. */
function identityKey(before: SnapshotValue[], after: SnapshotValue[]): string | undefined {
  const rows = [...before, ...after];
  if (rows.length === 0 || !rows.every(isRecord)) return undefined;
  return IDENTITY_KEYS.find((key) =>
    rows.every((row) => {
      const value = (row as Row)[key];
      return typeof value === "string" || typeof value === "number";
    }),
  );
}

function rowLabel(row: Row): string | undefined {
  for (const key of LABEL_KEYS) {
    const value = row[key];
    if (typeof value === "string" && value !== "") return value;
    if (isRecord(value) && !isRichText(value)) {
      const text = Object.values(value).find((v) => typeof v === "string" && v !== "");
      if (typeof text === "string") return text;
    }
  }
  return undefined;
}

function isRecord(value: SnapshotValue | undefined): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A Tiptap/ProseMirror document: compared whole. */
function isRichText(value: Row): boolean {
  return value.type === "doc";
}

function sameValue(a: SnapshotValue | undefined, b: SnapshotValue | undefined): boolean {
  if (a === b) return true;
  // An absent field and a null one mean the same to an editor.
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys, so that key order never counts as a change. */
function canonical(value: SnapshotValue | undefined): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v as SnapshotValue)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
