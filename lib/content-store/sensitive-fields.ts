import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import { REDACTED_VALUE, SENSITIVE_SNAPSHOT_PATHS } from "@/lib/auth/data-classes";
import type { FieldChange, Snapshot, SnapshotValue } from "./types";

/**
 * Revisions keep the whole item, sensitive personal data included (an editor may need to see or
 * restore an old lawyer's contact). What a role without `viewSensitive` is shown of them — the
 * history's compare view, the conflict notice — passes through here, and so does what such a
 * role restores: the sensitive values of the item as it is now are kept.
 */

type Path = readonly string[];

function sensitivePaths(type: ContentType): readonly Path[] {
  return SENSITIVE_SNAPSHOT_PATHS[type] ?? [];
}

export function maySeeSensitive(actor: Pick<Actor, "role"> | null | undefined, type: ContentType) {
  return can(actor, "viewSensitive", { type });
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/** A value hidden whole: emptiness stays visible ("added", "removed"), the content does not. */
function hide(value: SnapshotValue | undefined): SnapshotValue | undefined {
  return value === undefined || value === null || value === "" ? value : REDACTED_VALUE;
}

function isRecord(value: SnapshotValue | undefined): value is { [key: string]: SnapshotValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy of `value` with what sits at `rest` (a path inside it) hidden, when there is anything. */
function hideInside(value: SnapshotValue | undefined, rest: Path): SnapshotValue | undefined {
  if (rest.length === 0) return hide(value);
  if (!isRecord(value) || !(rest[0]! in value)) return value;
  return { ...value, [rest[0]!]: hideInside(value[rest[0]!], rest.slice(1))! };
}

function redactValue(
  value: SnapshotValue | undefined,
  at: Path,
  paths: readonly Path[],
): SnapshotValue | undefined {
  let result = value;
  for (const path of paths) {
    if (startsWith(at, path)) return hide(value);
    if (startsWith(path, at)) result = hideInside(result, path.slice(at.length));
  }
  return result;
}

/** The changes as this actor may see them: sensitive values hidden unless they may read them. */
export function redactChanges(
  actor: Pick<Actor, "role"> | null | undefined,
  type: ContentType,
  changes: FieldChange[],
): FieldChange[] {
  const paths = sensitivePaths(type);
  if (paths.length === 0 || maySeeSensitive(actor, type)) return changes;
  return changes.map((change) => ({
    ...change,
    before: redactValue(change.before, change.path, paths),
    after: redactValue(change.after, change.path, paths),
  }));
}

/** A snapshot as this actor may see it (sensitive values hidden unless they may read them). */
export function redactSnapshot(
  actor: Pick<Actor, "role"> | null | undefined,
  type: ContentType,
  snapshot: Snapshot,
): Snapshot {
  const paths = sensitivePaths(type);
  if (paths.length === 0 || maySeeSensitive(actor, type)) return snapshot;
  return redactValue(snapshot, [], paths) as Snapshot;
}

function valueAt(snapshot: SnapshotValue | undefined, path: Path): SnapshotValue {
  let value = snapshot;
  for (const segment of path) value = isRecord(value) ? value[segment] : undefined;
  return value ?? null;
}

function withValueAt(snapshot: Snapshot, path: Path, value: SnapshotValue): Snapshot {
  const [head, ...rest] = path;
  if (head === undefined) return snapshot;
  if (rest.length === 0) return { ...snapshot, [head]: value };
  const inner = isRecord(snapshot[head]) ? (snapshot[head] as Snapshot) : {};
  return { ...snapshot, [head]: withValueAt(inner, rest, value) };
}

/**
 * The snapshot a restore may write for this actor: the old revision, except that a role without
 * `viewSensitive` cannot bring back (or wipe) sensitive values it cannot see — those stay as they
 * are in `current`.
 */
export function restorableSnapshot(
  actor: Pick<Actor, "role">,
  type: ContentType,
  revision: Snapshot,
  current: Snapshot,
): Snapshot {
  const paths = sensitivePaths(type);
  if (paths.length === 0 || maySeeSensitive(actor, type)) return revision;
  return paths.reduce((snapshot, path) => {
    const now = valueAt(current, path);
    // Both empty: leave the revision as it is (no empty PrisonerInternal row appears).
    if (now === null && valueAt(snapshot, path) === null) return snapshot;
    return withValueAt(snapshot, path, now);
  }, revision);
}
