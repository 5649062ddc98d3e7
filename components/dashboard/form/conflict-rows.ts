import type { FormValue, FormValues } from "@/lib/actions/staff-action-state";

/**
 * Which row of a repeatable list (name variants, cases, charges, sources …) in the editor's
 * version is which row in the stored one. Rows are matched by their stored id (`cases.0.id`),
 * never by position: a row one person added or removed would otherwise shift every later row and
 * show each of them as changed. A new row (no id yet) is matched by its content, so that the
 * same row added on both sides is one row; what is left is a row only one side has.
 */

/** `cases.2.court.en` → list "cases", row 2, field "court.en" (top-level lists only). */
const ROW_NAME = /^([A-Za-z]+)\.(\d+)\.(.+)$/;

export interface RowName {
  list: string;
  index: number;
  field: string;
}

export function parseRowName(name: string): RowName | null {
  const match = ROW_NAME.exec(name);
  return match ? { list: match[1]!, index: Number(match[2]), field: match[3]! } : null;
}

/** One row of a list as posted: its fields by their name inside the row ("court.en"). */
export type RowFields = Record<string, FormValue>;

/** Fields of a row that are bookkeeping, not content: the stored id, the "remove" box. */
const ROW_BOOKKEEPING = /(^|\.)(id|remove)$|Count$/;

function nonEmpty(value: FormValue | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== "");
}

/** A row's content as one comparable string (its non-empty fields, sorted by name). */
function contentKey(fields: RowFields): string {
  const entries = Object.entries(fields)
    .filter(([field, value]) => !ROW_BOOKKEEPING.test(field) && nonEmpty(value).length > 0)
    .map(([field, value]) => [field, nonEmpty(value)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

const EMPTY_ROW = JSON.stringify([]);

/** The rows of each list in a version's values, by list name and row index. */
export function rowsOf(values: FormValues): Map<string, Map<number, RowFields>> {
  const lists = new Map<string, Map<number, RowFields>>();
  for (const [name, value] of Object.entries(values)) {
    const parsed = parseRowName(name);
    if (!parsed) continue;
    const rows = lists.get(parsed.list) ?? new Map<number, RowFields>();
    lists.set(parsed.list, rows);
    const row = rows.get(parsed.index) ?? {};
    rows.set(parsed.index, row);
    row[parsed.field] = value;
  }
  return lists;
}

/** A row of one list in both versions; null on the side that does not have it. */
export interface RowPair {
  list: string;
  mine: number | null;
  theirs: number | null;
}

function idOf(row: RowFields | undefined): string | null {
  const id = nonEmpty(row?.id)[0];
  return id ?? null;
}

/**
 * The rows of every list paired across the two versions: by id first, then new rows by equal
 * content; empty rows (the blank rows a form offers for adding) are left out. Pairs come in the
 * editor's row order, then the rows only the stored version has, in its order.
 */
export function alignRows(mine: FormValues, theirs: FormValues): RowPair[] {
  const mineLists = rowsOf(mine);
  const theirLists = rowsOf(theirs);
  const names = [...new Set([...mineLists.keys(), ...theirLists.keys()])];
  return names.flatMap((list) => alignList(list, mineLists.get(list), theirLists.get(list)));
}

function meaningful(rows: Map<number, RowFields> | undefined): [number, RowFields][] {
  return [...(rows ?? new Map<number, RowFields>()).entries()]
    .filter(([, row]) => idOf(row) !== null || contentKey(row) !== EMPTY_ROW)
    .sort(([a], [b]) => a - b);
}

function alignList(
  list: string,
  mineRows: Map<number, RowFields> | undefined,
  theirRows: Map<number, RowFields> | undefined,
): RowPair[] {
  const mineList = meaningful(mineRows);
  const theirList = meaningful(theirRows);
  const unmatched = new Map(theirList);
  const byId = new Map<string, number>();
  for (const [index, row] of theirList) {
    const id = idOf(row);
    if (id !== null) byId.set(id, index);
  }
  const pairs: RowPair[] = [];
  const pending: [number, RowFields][] = [];
  for (const [index, row] of mineList) {
    const id = idOf(row);
    const match = id !== null ? byId.get(id) : undefined;
    if (match !== undefined && unmatched.has(match)) {
      unmatched.delete(match);
      pairs.push({ list, mine: index, theirs: match });
    } else if (id === null) {
      pending.push([index, row]);
      pairs.push({ list, mine: index, theirs: null });
    } else {
      pairs.push({ list, mine: index, theirs: null });
    }
  }
  // New rows of the editor that the stored version also has (the same text added by both).
  for (const [index, row] of pending) {
    const key = contentKey(row);
    const same = [...unmatched.entries()].find(([, their]) => contentKey(their) === key);
    if (!same) continue;
    unmatched.delete(same[0]);
    const pair = pairs.find((candidate) => candidate.mine === index)!;
    pair.theirs = same[0];
  }
  for (const index of unmatched.keys()) pairs.push({ list, mine: null, theirs: index });
  return pairs;
}
