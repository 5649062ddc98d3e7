import { getLocale, getTranslations } from "next-intl/server";
import type { PublicSignerDto } from "@/lib/data/signature-counts";
import { signerCountryName } from "@/lib/signing/countries";

/**
 * Confirmed signers who chose to be named: name, country and what they added (position,
 * organisation, city). Never an e-mail address: the DTO does not carry one.
 */
export async function PublicSigners({ signers }: { signers: PublicSignerDto[] }) {
  const [t, locale] = await Promise.all([getTranslations("Signing"), getLocale()]);
  if (signers.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{t("signersEmpty")}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("signersCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="py-2 pe-4 font-semibold">
              {t("signerName")}
            </th>
            <th scope="col" className="py-2 pe-4 font-semibold">
              {t("signerCountry")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("signerDetails")}
            </th>
          </tr>
        </thead>
        <tbody>
          {signers.map((signer, index) => (
            <tr key={index} className="border-b border-slate-200 dark:border-slate-700">
              <td className="py-2 pe-4 font-medium text-slate-900 dark:text-slate-100">
                {signer.name}
              </td>
              <td className="py-2 pe-4">{signerCountryName(signer.countryCode, locale)}</td>
              <td className="py-2">
                {[signer.title, signer.organisation, signer.city].filter(Boolean).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
