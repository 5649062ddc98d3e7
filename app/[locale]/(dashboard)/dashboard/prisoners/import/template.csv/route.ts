import { stringify } from "csv-stringify/sync";
import { staffRoute } from "@/lib/auth/staff-route";
import { IMPORT_COLUMNS } from "@/lib/import/csv-columns";

/**
 * The import template: the header row and one example row, UTF-8 with a byte order mark so that
 * Excel shows the Cyrillic example correctly. It holds no data, but it sits in the dashboard, and
 * every dashboard door has the same guard (for the roles that may import).
 */
export const GET = staffRoute<{ locale: string }>(
  { permission: { action: "import", type: "prisoner" } },
  async () => {
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
        "Cache-Control": "private, max-age=3600",
      },
    });
  },
);
