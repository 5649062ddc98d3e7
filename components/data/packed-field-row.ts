import type { FieldRow } from "./openapi-reference";

/**
 * A field table's row as it travels to the browser (components/data/field-rows.tsx): a tuple,
 * not an object, because an object's keys would be repeated on each of the data page's ~400 rows.
 * Path, printed type, the named schemas in it, required, description, an enum's values.
 */
export type PackedFieldRow = [string, string, string[], 0 | 1, string | null, string[] | null];

/** Kept apart from the client component: a server component cannot call a client module's code. */
export function packFieldRows(rows: FieldRow[]): PackedFieldRow[] {
  return rows.map((row) => [
    row.path,
    row.type.text,
    row.type.refs,
    row.required ? 1 : 0,
    row.description,
    row.type.values,
  ]);
}
