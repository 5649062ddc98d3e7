import { alignRows, parseRowName, rowsOf } from "@/components/dashboard/form/conflict-rows";
import type { FormValue, FormValues } from "@/lib/actions/staff-action-state";

/**
 * The pure part of the conflict panel: which form fields differ between what the editor submitted
 * ("mine") and what is stored now ("theirs", the page's values after a refresh), and the values a
 * field-by-field merge posts. Both sides are form values keyed by form name ("name.en",
 * "cases.0.court"), so the comparison speaks the form's language, not the database's.
 */

/** Names the form posts for its own bookkeeping, never shown as a difference. */
const BOOKKEEPING = new Set(["intent", "id", "expectedVersion"]);

function isBookkeeping(name: string): boolean {
  // `casesCount` is a repeatable list's row count, `cases.0.id` links a row to its stored row,
  // `$ACTION…` are the framework's own fields.
  return (
    BOOKKEEPING.has(name) || name.endsWith("Count") || name.endsWith(".id") || name.startsWith("$")
  );
}

/** A value as a list, so that "", absent and [] (an unchecked box, an empty field) compare equal. */
export function valueList(value: FormValue | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => item !== "");
}

export function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  const left = valueList(a);
  const right = valueList(b);
  return left.length === right.length && left.every((item, index) => item === right[index]);
}

/**
 * One difference between the two versions, as the panel lists it and a merge applies it:
 * - a field (outside lists, or of a row both versions have): `mineName` and `theirsName` are the
 *   field's form name on each side (a row may sit at another position in each);
 * - a whole row only one version has (`row`): added by that side, or removed by the other.
 * `key` names the difference for the editor's choice (a field's form name in the editor's form).
 */
export interface Difference {
  key: string;
  mineName: string | null;
  theirsName: string | null;
  row?: RowDifference;
}

export interface RowDifference {
  list: string;
  /** The row's index on the side that has it. */
  index: number;
  /** "theirs": only the stored version has it; "mine": only the editor's. */
  side: MergeChoice;
  /** True when the other side no longer has a row it once had (it has the stored id). */
  removedByOther: boolean;
}

/**
 * What differs, in the order the editor's form posted it (then what only the stored version
 * has): fields outside lists by name; rows of lists paired by id, not position (conflict-rows.ts),
 * compared field by field; a row only one side has as one difference.
 */
export function differences(mine: FormValues, theirs: FormValues): Difference[] {
  const found: Difference[] = [];
  const names = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  for (const name of names) {
    if (parseRowName(name) || isBookkeeping(name)) continue;
    if (!sameValue(mine[name], theirs[name]))
      found.push({ key: name, mineName: name, theirsName: name });
  }
  const mineRows = rowsOf(mine);
  const theirRows = rowsOf(theirs);
  for (const pair of alignRows(mine, theirs)) {
    const mineRow = pair.mine === null ? undefined : mineRows.get(pair.list)?.get(pair.mine);
    const theirRow = pair.theirs === null ? undefined : theirRows.get(pair.list)?.get(pair.theirs);
    if (mineRow && theirRow) {
      const fields = [...new Set([...Object.keys(mineRow), ...Object.keys(theirRow)])];
      for (const field of fields) {
        const mineName = `${pair.list}.${pair.mine}.${field}`;
        if (isBookkeeping(mineName) || sameValue(mineRow[field], theirRow[field])) continue;
        found.push({ key: mineName, mineName, theirsName: `${pair.list}.${pair.theirs}.${field}` });
      }
    } else if (mineRow) {
      found.push(rowDifference(pair.list, pair.mine!, "mine", valueList(mineRow.id).length > 0));
    } else if (theirRow) {
      // A stored row the editor's form does not have: added since (the editor never saw it).
      found.push(rowDifference(pair.list, pair.theirs!, "theirs", false));
    }
  }
  return found;
}

function rowDifference(
  list: string,
  index: number,
  side: MergeChoice,
  removedByOther: boolean,
): Difference {
  const name = `${list}.${index}`;
  return {
    key: `${side}:${name}`,
    mineName: side === "mine" ? name : null,
    theirsName: side === "theirs" ? name : null,
    row: { list, index, side, removedByOther },
  };
}

/** Where a field-by-field merge takes each differing field from. */
export type MergeChoice = "mine" | "theirs";

/**
 * The values to post for a merge: the editor's values, with each difference chosen as "theirs"
 * applied: a field takes the stored value (removed when that is empty); a row only the editor
 * has is emptied (an empty row is ignored on save); a row only the stored version has is added
 * after the editor's rows, with its id, so that it is kept rather than duplicated. `touched`
 * lists every form name the merge wrote or removed.
 */
export function mergedValues(
  mine: FormValues,
  theirs: FormValues,
  found: readonly Difference[],
  choices: Record<string, MergeChoice>,
): { values: FormValues; touched: string[] } {
  const merged: FormValues = { ...mine };
  const touched = new Set<string>();
  const set = (name: string, value: FormValue | undefined) => {
    touched.add(name);
    if (valueList(value).length === 0) delete merged[name];
    else merged[name] = value!;
  };
  for (const difference of found) {
    if (choices[difference.key] !== "theirs") continue;
    const row = difference.row;
    if (!row) {
      set(difference.mineName!, theirs[difference.theirsName!]);
    } else if (row.side === "mine") {
      const prefix = `${row.list}.${row.index}.`;
      for (const name of Object.keys(mine)) if (name.startsWith(prefix)) set(name, undefined);
    } else {
      const countName = `${row.list}Count`;
      const taken = [...(rowsOf(merged).get(row.list)?.keys() ?? [])];
      const index = Math.max(Number(merged[countName] ?? 0), ...taken.map((i) => i + 1));
      const prefix = `${row.list}.${row.index}.`;
      for (const [name, value] of Object.entries(theirs)) {
        if (name.startsWith(prefix))
          set(`${row.list}.${index}.${name.slice(prefix.length)}`, value);
      }
      merged[countName] = String(index + 1);
      touched.add(countName);
    }
  }
  return { values: merged, touched: [...touched] };
}

/** Writes form values into a FormData (repeated names for lists), replacing what was there. */
export function writeFormData(formData: FormData, values: FormValues, names: Iterable<string>) {
  for (const name of names) {
    formData.delete(name);
    for (const item of valueList(values[name])) formData.append(name, item);
  }
}
