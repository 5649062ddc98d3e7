import { parse } from "csv-parse/sync";
import { isImportHeader, REQUIRED_HEADERS } from "@/lib/import/csv-columns";

/** Largest import file (bytes). The file travels in a server action, twice (preview, confirm). */
export const MAX_IMPORT_BYTES = 400 * 1024;
/** Most rows in one import: all of them are written in one transaction. */
export const MAX_IMPORT_ROWS = 1000;

/** Problems with the file as a whole (message keys of Import.fileErrors). */
export type ImportFileError =
  | "empty"
  | "tooLarge"
  | "tooManyRows"
  | "notCsv"
  | "missingColumns"
  | "unknownColumns"
  | "duplicateColumns";

export type ParsedImportCsv =
  | {
      ok: true;
      headers: string[];
      /** Data rows, header → cell; `line` is the row's number as a spreadsheet shows it. */
      rows: { line: number; cells: Record<string, string> }[];
    }
  | { ok: false; error: ImportFileError; columns?: string[] };

/**
 * Reads an import file: UTF-8 (with or without the BOM Excel writes), comma- or
 * semicolon-separated (Excel in many locales saves with ";"), a header row naming the columns of
 * csv-columns.ts. Blank lines are skipped. Cells are kept as text: the shared prisoner schema
 * decides what they mean.
 */
export function parseImportCsv(text: string): ParsedImportCsv {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return { ok: false, error: "tooLarge" };
  const content = text.replace(/^\uFEFF/, "");
  if (content.trim() === "") return { ok: false, error: "empty" };

  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";

  let records: string[][];
  try {
    records = parse(content, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch {
    return { ok: false, error: "notCsv" };
  }

  const headers = (records[0] ?? []).map((header) => header.trim().toLowerCase());
  const unknown = headers.filter((header) => header !== "" && !isImportHeader(header));
  if (unknown.length > 0) return { ok: false, error: "unknownColumns", columns: unknown };
  const repeated = headers.filter(
    (header, index) => header !== "" && headers.indexOf(header) !== index,
  );
  if (repeated.length > 0)
    return { ok: false, error: "duplicateColumns", columns: [...new Set(repeated)] };
  const missing = REQUIRED_HEADERS.filter((header) => !headers.includes(header));
  if (missing.length > 0) return { ok: false, error: "missingColumns", columns: missing };

  const data = records.slice(1);
  if (data.length === 0) return { ok: false, error: "empty" };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: "tooManyRows" };
  return {
    ok: true,
    headers,
    rows: data.map((record, index) => ({
      // The row number a spreadsheet shows (the header is row 1): a cell with a line break is
      // still one row there, so this is not the line of the text file.
      line: index + 2,
      cells: Object.fromEntries(
        headers.map((header, column) => [header, (record[column] ?? "").trim()]),
      ),
    })),
  };
}
