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
 * The form names whose values differ, in the order the editor's form posted them (then any the
 * stored version has and the form did not, such as a row the other person added).
 */
export function differingFields(mine: FormValues, theirs: FormValues): string[] {
  const names = [...Object.keys(mine), ...Object.keys(theirs)];
  return [...new Set(names)].filter(
    (name) => !isBookkeeping(name) && !sameValue(mine[name], theirs[name]),
  );
}

/** Where a field-by-field merge takes each differing field from. */
export type MergeChoice = "mine" | "theirs";

/**
 * The values to post for a merge: the editor's values, with every field chosen as "theirs"
 * replaced by the stored one (removed when the stored one is empty), and each repeatable list's
 * row count raised to hold any row taken from theirs.
 */
export function mergedValues(
  mine: FormValues,
  theirs: FormValues,
  choices: Record<string, MergeChoice>,
): FormValues {
  const merged: FormValues = { ...mine };
  for (const [name, choice] of Object.entries(choices)) {
    if (choice !== "theirs") continue;
    const value = theirs[name];
    if (valueList(value).length === 0) delete merged[name];
    else merged[name] = value!;
    const row = /^([A-Za-z]+)\.(\d+)\./.exec(name);
    if (row) {
      const countName = `${row[1]}Count`;
      const needed = Number(row[2]) + 1;
      if (Number(merged[countName] ?? 0) < needed) merged[countName] = String(needed);
      // A row only the stored version has keeps its id, so that it is updated, not duplicated.
      const idName = `${row[1]}.${row[2]}.id`;
      if (valueList(merged[idName]).length === 0 && theirs[idName] !== undefined) {
        merged[idName] = theirs[idName];
      }
    }
  }
  return merged;
}

/** Writes form values into a FormData (repeated names for lists), replacing what was there. */
export function writeFormData(formData: FormData, values: FormValues, names: Iterable<string>) {
  for (const name of names) {
    formData.delete(name);
    for (const item of valueList(values[name])) formData.append(name, item);
  }
}
