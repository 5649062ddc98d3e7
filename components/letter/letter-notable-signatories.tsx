import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/ui/localized";
import type { NotableSignatoryDto } from "@/lib/data/letters";

/** The named signatories of a letter, as a table: name, office, country. */
export async function LetterNotableSignatories({
  signatories,
  caption,
}: {
  signatories: NotableSignatoryDto[];
  caption: string;
}) {
  const t = await getTranslations("LettersPage");
  const cell = "py-2 pe-4 align-top";
  // Columns nobody has a value for are left out rather than shown empty.
  const showOffice = signatories.some((signatory) => signatory.office);
  const showCountry = signatories.some((signatory) => signatory.country);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className={`${cell} font-semibold`}>
              {t("notableName")}
            </th>
            {showOffice ? (
              <th scope="col" className={`${cell} font-semibold`}>
                {t("notableOffice")}
              </th>
            ) : null}
            {showCountry ? (
              <th scope="col" className={`${cell} font-semibold`}>
                {t("notableCountry")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {signatories.map((signatory, index) => (
            <tr key={index} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${cell} font-medium`}>
                {signatory.name}
              </th>
              {showOffice ? (
                <td className={cell}>
                  {signatory.office ? <Localized value={signatory.office} /> : null}
                </td>
              ) : null}
              {showCountry ? (
                <td className={cell}>
                  {signatory.country ? <Localized value={signatory.country.name} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
