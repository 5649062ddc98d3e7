import { getTranslations } from "next-intl/server";
import type { EnvelopeAddress } from "@/lib/letters-to-prisoners/envelope-address";

/**
 * The envelope's address as text to copy: recipient, address lines (postcode last) and the
 * country line, in the script of the facility's post, marked with its language for screen
 * readers (WCAG 3.1.2).
 */
export async function EnvelopeAddressBlock({
  address,
  countryName,
}: {
  address: EnvelopeAddress;
  countryName: string;
}) {
  const t = await getTranslations("WriteLetter");
  const lang = address.script === "cyrillic" ? "ru" : "en";
  return (
    <div className="flex flex-col gap-3">
      <address
        lang={lang}
        className="rounded-md border border-slate-300 bg-slate-50 p-4 not-italic dark:border-slate-600 dark:bg-slate-800"
        data-testid="envelope-address"
      >
        <span className="block font-semibold">{address.recipient}</span>
        {address.lines.map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
        {address.countryLine ? (
          <span className="mt-2 block font-semibold">{address.countryLine}</span>
        ) : null}
      </address>
      {address.countryLine ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t("countryLineNote", { country: countryName })}
        </p>
      ) : null}
      {address.recipientInOtherScript ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("otherScript")}</p>
      ) : null}
    </div>
  );
}
