/**
 * What the import preview shows and the confirm step checks again. Plain data (no Dates, no
 * classes): it is returned by a server action to the page.
 */

/** A problem with one cell: a key of EditorForm.errors (the shared schema) or Import.rowErrors. */
export interface ImportCellError {
  /** The CSV column ("name_en"), or null for a problem with the row as a whole. */
  column: string | null;
  code: string;
  source: "schema" | "import";
}

/** One field where the file and an existing profile differ (only cells the file fills). */
export interface FieldComparison {
  /** The field's path in the shared schema ("name.ru", "birthYear"). */
  path: string;
  column: string;
  incoming: string;
  existing: string;
}

export interface ExistingDuplicate {
  id: string;
  slug: string;
  name: string;
  birthYear: number | null;
  state: string;
  version: number;
  /** Fields the merge could fill or change; empty existing fields are filled by default. */
  comparisons: FieldComparison[];
}

export interface ImportRowPreview {
  /** 0-based position among the file's data rows. */
  index: number;
  /** Row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  displayName: string;
  /** The profile address a new profile gets (given in the file or derived from the name). */
  slug: string;
  errors: ImportCellError[];
  existingDuplicates: ExistingDuplicate[];
  /** Lines of earlier rows of the same file that look like the same person. */
  duplicateOfLines: number[];
}

export interface ImportPreview {
  /** SHA-256 of the file, so the confirm step knows it writes what was previewed. */
  fileHash: string;
  rows: ImportRowPreview[];
  counts: { rows: number; invalid: number; duplicates: number };
}

/** What to do with one row; chosen in the preview, checked again on confirm. */
export type ImportDecision =
  | { action: "create" }
  | { action: "skip" }
  | { action: "merge"; targetId: string; expectedVersion: number; fields: string[] };
