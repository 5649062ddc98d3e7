import type { ImportDecision, ImportPreview } from "@/lib/import/import-preview-types";

/**
 * The preview form's choices: one `decision.<row>` per row ("create", "skip" or
 * "merge:<prisonerId>:<version>") and, for each offered merge, the fields to take from the file
 * as `fields.<row>.<prisonerId>` checkboxes (paths such as "name.ru").
 */
export function decisionValue(decision: ImportDecision): string {
  return decision.action === "merge"
    ? `merge:${decision.targetId}:${decision.expectedVersion}`
    : decision.action;
}

export function readImportDecisions(formData: FormData): Record<number, ImportDecision> {
  const decisions: Record<number, ImportDecision> = {};
  for (const [name, value] of formData.entries()) {
    const match = /^decision\.(\d{1,5})$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    if (value === "create" || value === "skip") {
      decisions[index] = { action: value };
      continue;
    }
    const merge = /^merge:([A-Za-z0-9_-]{1,64}):(\d{1,9})$/.exec(value);
    if (merge) {
      decisions[index] = {
        action: "merge",
        targetId: merge[1]!,
        expectedVersion: Number(merge[2]),
        fields: formData
          .getAll(`fields.${index}.${merge[1]}`)
          .filter((field): field is string => typeof field === "string"),
      };
    }
  }
  return decisions;
}

/**
 * What the preview proposes before anyone chooses: a clean row is created; a row that looks
 * like an existing profile or an earlier row is skipped, so nothing is duplicated or
 * overwritten unless someone decides it. A merge fills the fields the profile lacks.
 */
export function defaultDecision(row: ImportPreview["rows"][number]): ImportDecision {
  if (row.existingDuplicates.length > 0 || row.duplicateOfLines.length > 0)
    return { action: "skip" };
  return { action: "create" };
}

/** The fields a merge into this profile fills by default: those it does not have yet. */
export function defaultMergeFields(
  duplicate: ImportPreview["rows"][number]["existingDuplicates"][number],
): string[] {
  return duplicate.comparisons.filter((c) => c.existing === "").map((c) => c.path);
}
