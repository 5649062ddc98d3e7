import { stringify } from "csv-stringify/sync";
import { staffRoute } from "@/lib/auth/staff-route";
import { exportAuditLog, parseAuditFilter } from "@/lib/data/audit-log";

/**
 * The filtered audit log as a download: `?format=csv` (default) or `?format=json`, with the same
 * filters as the audit page. Editors and administrators only; the policy is asked here and again
 * in lib/data.
 */
export const GET = staffRoute(
  { permission: { action: "export", type: "auditLog" } },
  async ({ request, actor }) => {
    const params = new URL(request.url).searchParams;
    const rows = await exportAuditLog(actor, parseAuditFilter(params));
    const stamp = new Date().toISOString().slice(0, 10);
    const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

    if (params.get("format") === "json") {
      return new Response(JSON.stringify(rows, null, 2), {
        headers: {
          ...headers,
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="vigil-audit-${stamp}.json"`,
        },
      });
    }
    const csv = stringify(
      rows.map((row) => ({
        ...row,
        details: row.details === null ? "" : JSON.stringify(row.details),
      })),
      {
        header: true,
        columns: [
          "id",
          "at",
          "actorEmail",
          "action",
          "entityType",
          "entityId",
          "ip",
          "userAgent",
          "details",
        ],
        // A cell starting with =, +, - or @ is a formula to a spreadsheet: quote it as text.
        cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
      },
    );
    return new Response(csv, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="vigil-audit-${stamp}.csv"`,
      },
    });
  },
);
