import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { checkImportRows } from "@/lib/import/build-import-preview";
import type { ImportPreview } from "@/lib/import/import-preview-types";
import { parseImportCsv, type ImportFileError } from "@/lib/import/parse-import-csv";

export type ImportPreviewResult =
  { ok: true; preview: ImportPreview } | { ok: false; error: ImportFileError; columns?: string[] };

/** The dry run of an import file (editors only): reads, never writes. */
export async function previewImport(
  actor: Actor | null,
  csvText: string,
): Promise<ImportPreviewResult> {
  authorize(actor, "import", { type: "prisoner" });
  const parsed = parseImportCsv(csvText);
  if (!parsed.ok) return parsed;
  const { preview } = await checkImportRows(prisma, csvText, parsed.rows);
  return { ok: true, preview };
}
