import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
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
  if (!actor || !can(actor, "import", { type: "prisoner" })) {
    throw new ForbiddenError("import", "prisoner");
  }
  const parsed = parseImportCsv(csvText);
  if (!parsed.ok) return parsed;
  const { preview } = await checkImportRows(prisma, csvText, parsed.rows);
  return { ok: true, preview };
}
