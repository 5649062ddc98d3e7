import type { ImportPreview } from "@/lib/import/import-preview-types";
import type { ImportFileError } from "@/lib/import/parse-import-csv";

/** Why a confirmation wrote nothing: Import.commitErrors keys, plus a changed merge target. */
export type ImportCommitProblemCode =
  "fileChanged" | "invalidRows" | "decisionInvalid" | "conflict";

/** What the import page shows after its action (lib/actions/import/import-prisoners.ts). */
export type ImportActionResult =
  | { stage: "fileError"; error: ImportFileError | "noFile"; columns?: string[] }
  | { stage: "preview"; preview: ImportPreview; csv: string; problem?: ImportCommitProblemCode }
  | { stage: "done"; created: number; merged: number; skipped: number };
