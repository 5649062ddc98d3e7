import { z } from "zod";

/**
 * Building blocks shared by the prisoner editor's tab schemas: ids of selected rows, the version
 * a form was based on, and repeatable rows (name variants, cases, detentions ...).
 *
 * A repeatable list arrives as an array of row objects (`cases.0.court` …) — or not at all when
 * the form had no rows. A row whose fields are all empty is a spare row the form offered and is
 * dropped; a row with `remove=on` is deleted. Error paths keep the row index of the form
 * (`cases.1.verdictOn`), so the form marks the right input.
 */

/**
 * Options for the cross-field rules of an object (".check(z.superRefine(rule, alongsideFieldErrors))"):
 * they run even when a field of the object failed, so that the user sees every problem at once
 * ("required English name" and "arrest before birth") rather than one round at a time. The rule
 * must therefore check the type of each field it reads.
 */
export const alongsideFieldErrors = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

/** The version of the item the form was based on (a hidden field). */
export const expectedVersionSchema = z.coerce.number().int().min(1);

/** An optional reference to another row (a select with an empty "none" option). */
export const optionalIdSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string().trim().max(64).nullable().default(null),
);

/** Several ids (a checkbox group or multi-select); de-duplicated. */
export const idListSchema = z.preprocess(
  (value) =>
    value === null || value === undefined || value === ""
      ? []
      : Array.isArray(value)
        ? value
        : [value],
  z.array(z.string().trim().min(1).max(64)).transform((ids) => [...new Set(ids)]),
);

/**
 * Whether a submitted row has any content (ignoring the hidden id and the remove box). `ignore`
 * names fields whose select always posts a value; it applies to nested rows too, so that a spare
 * row's spare citation (whose "confidence" select posts its first option) leaves the row blank.
 */
export function isBlankRow(row: unknown, ignore: readonly string[] = []): boolean {
  if (row === null || row === undefined) return true;
  if (typeof row === "string") return row.trim() === "";
  if (Array.isArray(row)) return row.every((item) => isBlankRow(item, ignore));
  if (typeof row === "object") {
    return Object.entries(row).every(
      ([key, value]) =>
        key === "id" ||
        key === "remove" ||
        // The row count of a nested list ("chargesCount"), posted by the form for every row.
        key.endsWith("Count") ||
        ignore.includes(key) ||
        isBlankRow(value, ignore),
    );
  }
  return false;
}

/**
 * A repeatable list of rows: spare (blank) rows and removed rows become null, every kept row is
 * validated by `row`. Nulls keep the indexes, so error paths match the form. Saving replaces the
 * item's rows with the kept ones: a row whose id is not kept is deleted.
 */
export function rowsSchema<Row extends z.ZodType>(row: Row, options: { ignore?: string[] } = {}) {
  return z.preprocess((value) => {
    const list =
      value === null || value === undefined
        ? []
        : Array.isArray(value)
          ? [...value]
          : typeof value === "object"
            ? Object.values(value)
            : [];
    return list.map((item) => {
      if (item === undefined || isBlankRow(item, options.ignore)) return null;
      if ((item as Record<string, unknown>).remove === "on") return null;
      return item;
    });
  }, z.array(row.nullable()));
}

/** The kept rows of a parsed list (no spares, no removed ones). */
export function keptRows<Row>(rows: readonly (Row | null)[]): Row[] {
  return rows.filter((row): row is Row => row !== null);
}
