import { getFormatter, getTranslations } from "next-intl/server";
import {
  auditActionWords,
  type AuditTranslator as ActionTranslator,
} from "@/components/dashboard/history/audit-action-words";
import { TextLink } from "@/components/ui/text-link";
import { userAgentLabel } from "@/lib/auth/user-agent-label";
import { contentTypeOfEntity } from "@/lib/content-store/content-kinds";
import type { AuditEntryDto } from "@/lib/data/audit-log";
import { dashboardRoutes } from "@/lib/routes";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"Audit">>>;

const cell = "py-2 pe-3 align-top";

/** The item's kind in words ("Media file"), or the model name for a kind without a translation. */
function kindWords(entityType: string, t: AuditTranslator): string {
  return /^[A-Za-z]+$/.test(entityType) && t.has(`kinds.${entityType}` as never)
    ? t(`kinds.${entityType}` as never)
    : entityType;
}

/** Browser and system in short ("Firefox on Windows"), and the address as it was stored. */
function originWords(row: AuditEntryDto, t: AuditTranslator): string {
  const agent = userAgentLabel(row.userAgent);
  const browser =
    agent.browser && agent.system
      ? t("browserOn", { browser: agent.browser, system: agent.system })
      : (agent.browser ?? agent.system ?? (agent.raw ? t("otherBrowser") : null));
  return [browser, row.ip].filter(Boolean).join(", ");
}

function ItemCell({ row, t }: { row: AuditEntryDto; t: AuditTranslator }) {
  if (!row.entityType) return null;
  const contentType = contentTypeOfEntity(row.entityType);
  const item = row.item;
  const name = item?.gone ? t("deletedItem") : item?.name || null;
  return (
    <>
      <span className="block text-xs text-slate-700 dark:text-slate-300">
        {kindWords(row.entityType, t)}
      </span>
      {/* Each link a full 24px high (WCAG 2.5.8): they sit one above the other. */}
      {item?.href ? (
        <TextLink href={item.href} className="inline-block min-h-6 py-0.5">
          {name || t("untitled")}
        </TextLink>
      ) : name ? (
        <span className="block">{name}</span>
      ) : null}
      {contentType && row.entityId ? (
        <span className="block">
          <TextLink
            href={dashboardRoutes.history(contentType, row.entityId)}
            className="inline-block min-h-6 py-0.5 text-xs"
          >
            {t("historyLink")}
          </TextLink>
        </span>
      ) : null}
    </>
  );
}

/**
 * The audit entries of one page, newest first, in words: who, what, which item (linked where it
 * still exists and the viewer may open it), when, from where in short, and the raw entry in a
 * disclosure. The download (CSV, JSON) keeps every raw column: it is the record.
 */
export async function AuditTable({ rows }: { rows: AuditEntryDto[] }) {
  const [t, format] = await Promise.all([getTranslations("Audit"), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            {(["actor", "action", "entity", "at", "origin", "details"] as const).map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 text-start">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 dark:border-slate-700">
              <td className={`${cell} min-w-40`}>
                {row.actorEmail || row.actorName ? (
                  <>
                    <span className="block font-medium" title={row.actorEmail ?? undefined}>
                      {row.actorName ?? row.actorEmail}
                    </span>
                    {row.actorName && row.actorEmail ? (
                      <span className="block text-xs break-words text-slate-700 dark:text-slate-300">
                        {row.actorEmail}
                      </span>
                    ) : null}
                  </>
                ) : (
                  t("system")
                )}
              </td>
              <th scope="row" className={`${cell} min-w-40 text-start font-normal`}>
                {auditActionWords(row.action, t as unknown as ActionTranslator)}
              </th>
              <td className={`${cell} min-w-40 break-words`}>
                <ItemCell row={row} t={t} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
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
              <td className={`${cell} min-w-36`}>{originWords(row, t)}</td>
              <td className="py-2 align-top">
                <details>
                  <summary className="cursor-pointer">{t("rawData")}</summary>
                  <pre className="mt-2 w-[26rem] max-w-[80vw] text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">
                    {JSON.stringify(
                      {
                        id: row.id,
                        at: row.at,
                        actorEmail: row.actorEmail,
                        action: row.action,
                        entityType: row.entityType,
                        entityId: row.entityId,
                        ip: row.ip,
                        userAgent: row.userAgent,
                        details: row.details,
                      },
                      null,
                      2,
                    )}
                  </pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
