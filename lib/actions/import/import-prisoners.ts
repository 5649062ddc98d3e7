"use server";

import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { ConflictError } from "@/lib/errors";
import { commitImport, ImportNotCommittedError } from "@/lib/import/commit-import";
import { readImportDecisions } from "@/lib/import/import-decisions";
import type { ImportActionResult } from "@/lib/import/import-action-result";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse-import-csv";
import { previewImport } from "@/lib/import/preview-import";

const inputSchema = z.object({
  intent: z.enum(["preview", "confirm"]),
  // The file's text travels back with the preview form (a hidden field), so the dry run needs no
  // server-side storage and survives a round trip without JavaScript.
  csv: z
    .string()
    .max(MAX_IMPORT_BYTES * 2)
    .optional(),
  fileHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  file: z.instanceof(File).optional(),
});

async function fileText(file: File | undefined, pasted: string | undefined): Promise<string> {
  if (file && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return "\u0000tooLarge";
    return new TextDecoder("utf-8").decode(await file.arrayBuffer());
  }
  return pasted ?? "";
}

/**
 * The prisoner import page's one action: "preview" checks a file (nothing is written), "confirm"
 * writes the previewed file with the choices made for each row, all rows in one transaction.
 * Whatever happens, the result says what to show next (see ImportActionResult).
 */
export const importPrisonersAction = staffAction(
  {
    permission: { action: "import", type: "prisoner" },
    schema: inputSchema,
    omitFromValues: (name) => name === "csv" || name.startsWith("$"),
  },
  async ({ actor, input, context, formData }): Promise<ImportActionResult> => {
    const text = await fileText(input.file, input.csv);
    if (text === "\u0000tooLarge") return { stage: "fileError", error: "tooLarge" };
    if (text.trim() === "") return { stage: "fileError", error: "noFile" };

    if (input.intent === "preview") {
      const result = await previewImport(actor, text);
      return result.ok
        ? { stage: "preview", preview: result.preview, csv: text }
        : { stage: "fileError", error: result.error, columns: result.columns };
    }

    try {
      const outcome = await commitImport(actor, {
        csvText: text,
        fileHash: input.fileHash ?? "",
        decisions: readImportDecisions(formData),
        context,
      });
      return {
        stage: "done",
        created: outcome.created.length,
        merged: outcome.merged.length,
        skipped: outcome.skipped,
      };
    } catch (error) {
      const problem =
        error instanceof ImportNotCommittedError
          ? error.problem
          : error instanceof ConflictError
            ? "conflict"
            : null;
      if (!problem) throw error;
      const again = await previewImport(actor, text);
      return again.ok
        ? { stage: "preview", preview: again.preview, csv: text, problem }
        : { stage: "fileError", error: again.error, columns: again.columns };
    }
  },
);
