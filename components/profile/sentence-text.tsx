import { getLocale, getTranslations } from "next-intl/server";
import { formatMonths } from "@/components/profile/duration-format";
import type { ProfileSentenceDto } from "@/lib/data/prisoner-profile";

/** A sentence as one readable line ("Imprisonment, 7 years, 6 months; strict regime") and its note. */
export async function SentenceText({ sentence }: { sentence: ProfileSentenceDto }) {
  const [t, locale] = await Promise.all([getTranslations("ProfileSentence"), getLocale()]);
  const kind = sentence.kind ? t(`kind.${sentence.kind}`) : null;
  const term = sentence.months !== null ? formatMonths(locale, sentence.months) : null;
  const main = kind && term ? t("kindWithTerm", { kind, term }) : (kind ?? term);
  const regime = sentence.regime
    ? t("regime", { regime: t(`regimeName.${sentence.regime}`) })
    : null;
  return (
    <>
      {main ? <span className="block">{[main, regime].filter(Boolean).join("; ")}</span> : null}
      {sentence.note ? (
        <span lang={sentence.note.isFallback ? sentence.note.lang : undefined} className="block">
          {sentence.note.text}
        </span>
      ) : null}
    </>
  );
}
