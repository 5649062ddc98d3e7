import { getFormatter, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { contentTypeOfEntity } from "@/lib/content-store/content-kinds";
import type { AuditRowDto } from "@/lib/data/audit-log";
import { dashboardRoutes } from "@/lib/routes";

/** The audit entries of one page, newest first. Details are shown as written (field names, reasons). */
export async function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  const [t, format] = await Promise.all([getTranslations("Audit"), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            {(["at", "actor", "action", "entity", "origin", "details"] as const).map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 text-start">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const contentType = row.entityType ? contentTypeOfEntity(row.entityType) : undefined;
            return (
              <tr
                key={row.id}
                className="border-b border-slate-200 align-top dark:border-slate-700"
              >
                <td className="py-2 pe-3 whitespace-nowrap">
                  <time dateTime={row.at}>
                    {format.dateTime(new Date(row.at), {
                      day: "numeric",
                      month: "short",
                      year: "numeric",
                      hour: "2-digit",
                      minute: "2-digit",
                      second: "2-digit",
                    })}
                  </time>
                </td>
                <td className="py-2 pe-3 break-all">{row.actorEmail ?? t("system")}</td>
                <th scope="row" className="py-2 pe-3 text-start font-mono font-normal">
                  {row.action}
                </th>
                <td className="py-2 pe-3 break-all">
                  {row.entityType ? (
                    <>
                      {row.entityType}
                      {row.entityId ? (
                        <span className="block font-mono text-xs">{row.entityId}</span>
                      ) : null}
                      {contentType && row.entityId ? (
                        <TextLink
                          href={dashboardRoutes.history(contentType, row.entityId)}
                          className="text-xs"
                        >
                          {t("historyLink")}
                        </TextLink>
                      ) : null}
                    </>
                  ) : null}
                </td>
                <td className="py-2 pe-3 break-all">
                  {row.ip}
                  {row.userAgent ? (
                    <span className="block text-xs text-slate-700 dark:text-slate-300">
                      {row.userAgent}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 font-mono text-xs break-all">
                  {row.details === null ? null : JSON.stringify(row.details)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
