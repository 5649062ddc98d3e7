import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/layout/back-link";
import { PageHeader } from "@/components/layout/page-header";
import { LetterAddressee } from "@/components/letter/letter-addressee";
import { LetterBadges } from "@/components/letter/letter-badges";
import { LetterProgress } from "@/components/letter/letter-progress";
import { LetterRemovedSignatures } from "@/components/letter/letter-removed-signatures";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { LetterDto } from "@/lib/data/letters";
import type { LetterSignatureFiguresDto } from "@/lib/data/signature-counts";
import { publicRoutes } from "@/lib/routes";

/**
 * The head of a letter's page: the way back to the letters, the title, its badges, addressee and
 * date, and for a petition its progress and (when its live figures are given) the signatures
 * removed and why.
 */
export async function LetterPageHeader({
  letter,
  figures,
}: {
  letter: LetterDto;
  figures?: LetterSignatureFiguresDto;
}) {
  const [t, tNav] = await Promise.all([getTranslations("Letters"), getTranslations("Navigation")]);
  const sentOn = letter.sentOn;
  return (
    <>
      <BackLink href={publicRoutes.letters()} section={tNav("letters")} />
      <PageHeader title={letter.title.text} titleLang={langOf(letter.title)}>
        <LetterBadges letter={letter} />
        <div className="flex flex-col gap-1 text-slate-800 dark:text-slate-200">
          {letter.addresseeName ? (
            <p className="font-medium">
              <LetterAddressee letter={letter} />
            </p>
          ) : null}
          {sentOn ? (
            <p className="text-slate-700 dark:text-slate-300">
              {t.rich("sentOn", await richDateValues(sentOn))}
            </p>
          ) : null}
        </div>
        {letter.kind === "PETITION" ? <LetterProgress letter={letter} /> : null}
        {figures ? <LetterRemovedSignatures figures={figures} /> : null}
      </PageHeader>
    </>
  );
}
