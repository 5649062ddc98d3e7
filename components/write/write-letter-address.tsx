import { getTranslations } from "next-intl/server";
import { langOf } from "@/components/ui/localized";
import { EnvelopeAddressBlock } from "@/components/write/envelope-address-block";
import type { EnvelopeAddress } from "@/lib/letters-to-prisoners/envelope-address";
import type { LetterWritingDto } from "@/lib/letters-to-prisoners/letter-writing";

/** The "Write a letter" page's address section: the envelope text and the facility's own notes. */
export async function WriteLetterAddress({
  envelope,
  facility,
}: {
  envelope: EnvelopeAddress;
  facility: NonNullable<LetterWritingDto["facility"]>;
}) {
  const t = await getTranslations("WriteLetter");
  return (
    <section aria-labelledby="envelope-address" className="flex flex-col gap-3">
      <h2
        id="envelope-address"
        className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
      >
        {t("addressHeading")}
      </h2>
      <p className="max-w-prose text-slate-800 dark:text-slate-200">{t("addressLead")}</p>
      <EnvelopeAddressBlock address={envelope} countryName={facility.countryName.text} />
      {facility.addressNotes ? (
        <>
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t("addressNotesHeading")}
          </h3>
          <p
            lang={langOf(facility.addressNotes)}
            className="max-w-prose text-slate-800 dark:text-slate-200"
          >
            {facility.addressNotes.text}
          </p>
        </>
      ) : null}
    </section>
  );
}
