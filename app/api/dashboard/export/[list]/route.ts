import { staffRoute } from "@/lib/auth/staff-route";
import { isExportList } from "@/lib/export/export-list-names";
import { EXPORT_LIST_DEFINITIONS } from "@/lib/export/export-lists";
import { exportFilename, exportList, type ExportFormat } from "@/lib/export/export-stream";
import { contentDisposition } from "@/lib/storage/media-files";

/**
 * GET /api/dashboard/export/<list>?format=csv|json[&state=DRAFT][&internal=1]: a dashboard list
 * as a file, for signed-in staff whose role may export it (lib/export/export-lists.ts says which
 * fields each list carries and which need more permission). Staff-only fields that hold
 * sensitive personal data also need a recent password confirmation (lib/export).
 */
export const GET = staffRoute<{ list: string }>(
  {
    permission: ({ list }) =>
      isExportList(list)
        ? {
            action: EXPORT_LIST_DEFINITIONS[list].action,
            type: EXPORT_LIST_DEFINITIONS[list].resource.type,
          }
        : null,
  },
  async ({ request, actor, params, context }) => {
    const list = params.list;
    if (!isExportList(list)) return Response.json({ error: "Unknown list" }, { status: 404 });
    const search = new URL(request.url).searchParams;
    const format: ExportFormat = search.get("format") === "json" ? "json" : "csv";
    const body = await exportList(
      actor,
      list,
      format,
      { internal: search.get("internal") === "1", state: search.get("state") ?? undefined },
      context,
    );
    return new Response(body, {
      headers: {
        "Content-Type":
          format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", exportFilename(list, format)),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
