import { getActor } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/errors";
import { isExportList } from "@/lib/export/export-lists";
import { exportFilename, exportList, type ExportFormat } from "@/lib/export/export-stream";
import { getRequestContext } from "@/lib/security/request-context";
import { contentDisposition } from "@/lib/storage/media-files";

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * GET /api/dashboard/export/<list>?format=csv|json[&state=DRAFT][&internal=1]: a dashboard list
 * as a file, for signed-in staff whose role may export it (lib/export/export-lists.ts says which
 * fields each list carries and which need more permission).
 */
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const { list } = await params;
  if (!isExportList(list)) return problem(404, "Unknown list");
  const search = new URL(request.url).searchParams;
  const format: ExportFormat = search.get("format") === "json" ? "json" : "csv";

  const actor = await getActor();
  if (!actor) return problem(401, "Sign in to export");
  try {
    const body = await exportList(
      actor,
      list,
      format,
      { internal: search.get("internal") === "1", state: search.get("state") ?? undefined },
      await getRequestContext(),
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
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, "Your role may not export this list");
    throw error;
  }
}
