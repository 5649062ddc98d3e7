import { getTranslations } from "next-intl/server";
import { SignaturesByCountry } from "@/components/letter/signatures-by-country";
import { SignaturesOverTime } from "@/components/letter/signatures-over-time";
import type { LetterSignatureStatisticsDto } from "@/lib/letter-answers/signature-statistics";

const sectionClass = "mt-10 flex flex-col gap-4";
const headingClass = "text-xl font-semibold text-slate-900 dark:text-slate-50";

/** A petition's signatures over time and by country: two sections of its page, once signed. */
export async function LetterStatisticsSections({
  statistics,
}: {
  statistics: LetterSignatureStatisticsDto;
}) {
  if (statistics.buckets.length === 0) return null;
  const t = await getTranslations("LetterOutcomes");
  return (
    <>
      <section aria-labelledby="signatures-over-time-heading" className={sectionClass}>
        <h2 id="signatures-over-time-heading" className={headingClass}>
          {t("chartHeading")}
        </h2>
        <SignaturesOverTime buckets={statistics.buckets} />
      </section>
      <section aria-labelledby="signers-by-country-heading" className={sectionClass}>
        <h2 id="signers-by-country-heading" className={headingClass}>
          {t("countriesHeading")}
        </h2>
        <SignaturesByCountry statistics={statistics} />
      </section>
    </>
  );
}
