import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterSignatureOverview } from "@/lib/data/letter-signatures";

const STATUSES = ["CONFIRMED", "PENDING", "WITHDRAWN", "INVALIDATED"] as const;

/**
 * A letter's signatures for editors: counts by status and confirmed ones by country, and the
 * newest signatures with names, visibility and flags. The e-mail column exists only when the
 * overview carries addresses, i.e. for roles allowed to see them.
 */
export async function SignatureOverview({ overview }: { overview: LetterSignatureOverview }) {
  const [t, format] = await Promise.all([getTranslations("FlaggedSignatures"), getFormatter()]);
  const cell = "py-2 pe-4 text-start";
  return (
    <div className="flex flex-col gap-8">
      <div className="grid gap-8 md:grid-cols-2">
        <table className="text-sm">
          <caption className="mb-2 text-start font-semibold">{t("byStatus")}</caption>
          <tbody>
            {STATUSES.map((status) => (
              <tr key={status} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className={cell}>
                  {t(`statuses.${status}`)}
                </th>
                <td className={cell} data-testid={`count-${status}`}>
                  {format.number(overview.byStatus[status])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="text-sm">
          <caption className="mb-2 text-start font-semibold">{t("byCountry")}</caption>
          <tbody>
            {overview.confirmedByCountry.length === 0 ? (
              <tr>
                <td className={cell}>{t("noneConfirmed")}</td>
              </tr>
            ) : (
              overview.confirmedByCountry.map((row) => (
                <tr
                  key={row.countryCode}
                  className="border-b border-slate-200 dark:border-slate-700"
                >
                  <th scope="row" className={cell}>
                    {row.countryCode}
                  </th>
                  <td className={cell}>{format.number(row.count)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <table className="w-full text-sm">
        <caption className="mb-2 text-start font-semibold">{t("recent")}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className={cell}>
              {t("columns.name")}
            </th>
            {overview.showEmail ? (
              <th scope="col" className={cell}>
                {t("columns.email")}
              </th>
            ) : null}
            <th scope="col" className={cell}>
              {t("columns.country")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.visibility")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.status")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.flags")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.signed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.recent.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${cell} font-medium`}>
                {row.name ?? t("anonymised")}
              </th>
              {overview.showEmail ? (
                <td className={cell} data-testid="signer-email">
                  {row.email ?? "—"}
                </td>
              ) : null}
              <td className={cell}>{row.countryCode}</td>
              <td className={cell}>{t(`visibility.${row.visibility}`)}</td>
              <td className={cell}>{t(`statuses.${row.status}`)}</td>
              <td className={cell}>
                {row.flags.length > 0
                  ? row.flags.map((flag) => t(`flags.${flag}`)).join(", ")
                  : "—"}
              </td>
              <td className={cell}>
                {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
