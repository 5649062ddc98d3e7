import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardPrisonerListItem } from "@/lib/data/dashboard-prisoners";
import { Link } from "@/lib/i18n/navigation";
import { dashboardRoutes } from "@/lib/routes";

/** The staff list of profiles: name (a link to the editor), state, status, country, last change. */
export async function PrisonerListTable({ items }: { items: DashboardPrisonerListItem[] }) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("PrisonerEditor"),
    getTranslations("PrisonerStatus"),
    getFormatter(),
  ]);
  const cell = "border-b border-slate-200 px-3 py-2 text-start align-top dark:border-slate-700";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("columns.name")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.state")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.status")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.country")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.updated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                <Link
                  href={dashboardRoutes.prisonerTab(item.id, "")}
                  className="text-accent-800 underline underline-offset-2 dark:text-accent-200"
                >
                  {item.name}
                </Link>
              </th>
              <td className={cell}>{t(`states.${item.state}`)}</td>
              <td className={cell}>{tStatus(item.status)}</td>
              <td className={cell}>{item.countryCode}</td>
              <td className={cell}>
                <time dateTime={item.updatedAt.toISOString()}>
                  {format.dateTime(item.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
