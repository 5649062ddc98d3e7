import { stringify } from "csv-stringify/sync";
import { IMPORT_COLUMNS } from "@/lib/import/csv-columns";

/**
 * The import template: the header row and one example row, UTF-8 with a byte order mark so that
 * Excel shows the Cyrillic example correctly. The same for everyone; it holds no data.
 */
export function GET() {
  const body =
    "\uFEFF" +
    stringify([
      IMPORT_COLUMNS.map((column) => column.header),
      IMPORT_COLUMNS.map((column) => column.example),
    ]);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vigil-prisoners-import-template.csv"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
