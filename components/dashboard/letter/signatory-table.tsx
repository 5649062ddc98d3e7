import { getFormatter, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { localizedString } from "@/lib/content-model/localized";
import type { NotableSignatoryEditorDto } from "@/lib/data/signatories";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

/**
 * Notable signatories with their letter (unless all are of one letter) and whether each is a
 * proposal (not public) or verified (public).
 */
export async function SignatoryTable({
  signatories,
  locale,
  showLetter,
}: {
  signatories: NotableSignatoryEditorDto[];
  locale: Locale;
  showLetter: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("Signatories"), getFormatter()]);
  if (signatories.length === 0) return <p>{t("none")}</p>;
  const cell = "py-2 pe-4 text-start";
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className={cell}>
            {t("fields.name")}
          </th>
          <th scope="col" className={cell}>
            {t("fields.office")}
          </th>
          <th scope="col" className={cell}>
            {t("fields.country")}
          </th>
          {showLetter ? (
            <th scope="col" className={cell}>
              {t("fields.letter")}
            </th>
          ) : null}
          <th scope="col" className={cell}>
            {t("fields.status")}
          </th>
        </tr>
      </thead>
      <tbody>
        {signatories.map((signatory) => (
          <tr key={signatory.id} className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className={`${cell} font-medium`}>
              <TextLink href={dashboardRoutes.edit("notableSignatory", signatory.id)}>
                {signatory.name}
              </TextLink>
            </th>
            <td className={cell}>{localizedString(signatory.office, locale) || "—"}</td>
            <td className={cell}>{signatory.countryCode ?? "—"}</td>
            {showLetter ? <td className={cell}>{signatory.letterTitle}</td> : null}
            <td className={cell}>
              {signatory.verifiedAt ? (
                <>
                  <span className="font-semibold">{t("status.verified")}</span>
                  {" · "}
                  {t("verifiedBy", {
                    name: signatory.verifiedBy ?? "—",
                    date: format.dateTime(signatory.verifiedAt, { dateStyle: "medium" }),
                  })}
                </>
              ) : (
                <span className="font-semibold text-amber-900 dark:text-amber-200">
                  {t("status.proposed")}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
