import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { Container } from "@/components/layout/container";
import { LetterAnswersSection } from "@/components/letter/letter-answers";
import { LetterDeliveries } from "@/components/letter/letter-deliveries";
import { LetterThresholdsSection } from "@/components/letter/letter-thresholds";
import { LetterStatisticsSections } from "@/components/letter/letter-statistics-sections";
import { LetterPageHeader } from "@/components/letter/letter-page-header";
import { LetterNotableSignatories } from "@/components/letter/letter-notable-signatories";
import { LetterSigning } from "@/components/letter/letter-signing";
import { PublicSigners } from "@/components/letter/public-signers";
import { LinkedItems } from "@/components/publication/linked-items";
import { RichText } from "@/components/rich-text/rich-text";
import { langOf } from "@/components/ui/localized";
import type { LetterDto } from "@/lib/data/letters";
import type { LetterSignatureFiguresDto, PublicSignersPageDto } from "@/lib/data/signature-counts";
import type { LetterSignatureStatisticsDto } from "@/lib/letter-answers/signature-statistics";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

function LetterSection({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 flex flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** How many public signers the letter page lists before linking to the full list. */
const SIGNERS_ON_LETTER_PAGE = 10;

/**
 * The page of one open letter or petition: its text, who signed it, whom it concerns, its fate.
 * A petition's figures and public signers come from their own short-lived reads (`signing`), so
 * that counts move within seconds while the rest of the page stays cached.
 */
export async function LetterPageBody({
  letter,
  signing,
}: {
  letter: LetterDto;
  signing?: {
    figures: LetterSignatureFiguresDto;
    signers: PublicSignersPageDto;
    statistics?: LetterSignatureStatisticsDto;
  };
}) {
  const [t, tPage, tSigning] = await Promise.all([
    getTranslations("Letters"),
    getTranslations("LettersPage"),
    getTranslations("Signing"),
  ]);
  // The text's own title is worth a heading only when it says more than the page title.
  const versionTitle = letter.versionTitle?.text !== letter.title.text ? letter.versionTitle : null;
  const hasFallback = [
    letter.title,
    letter.versionTitle,
    letter.body,
    letter.addresseeName,
    ...letter.notableSignatories.map((signatory) => signatory.office),
  ].some((text) => text?.isFallback);
  const isPetition = letter.kind === "PETITION";

  return (
    <Container width="prose">
      <LetterPageHeader letter={letter} figures={signing?.figures} />

      {hasFallback ? <FallbackNotice /> : null}

      <section aria-labelledby="letter-text-heading" className="mt-8 flex flex-col gap-4">
        <h2
          id="letter-text-heading"
          lang={langOf(versionTitle)}
          className="text-xl font-semibold text-slate-900 dark:text-slate-50"
        >
          {versionTitle?.text ?? t("bodyHeading")}
        </h2>
        {letter.body ? (
          <RichText doc={letter.body.doc} lang={langOf(letter.body)} headingOffset={1} />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("noBody")}</p>
        )}
      </section>

      {isPetition ? (
        <LetterSection id="sign" title={tPage("signHeading")}>
          <LetterSigning letter={letter} />
        </LetterSection>
      ) : null}

      <LetterThresholdsSection thresholds={letter.thresholds} count={letter.signatureCount} />

      {signing ? (
        <LetterSection id="signers" title={tSigning("signersHeading")}>
          <PublicSigners signers={signing.signers.signers.slice(0, SIGNERS_ON_LETTER_PAGE)} />
          {signing.signers.total > SIGNERS_ON_LETTER_PAGE ? (
            <p>
              <Link
                href={publicRoutes.letterSigners(letter.slug, 1)}
                className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
              >
                {tSigning("signersAll", { count: signing.signers.total })}
              </Link>
            </p>
          ) : null}
        </LetterSection>
      ) : null}

      {signing?.statistics ? <LetterStatisticsSections statistics={signing.statistics} /> : null}

      {letter.notableSignatories.length > 0 ? (
        <LetterSection id="notable-signatories" title={tPage("notableHeading")}>
          <LetterNotableSignatories
            signatories={letter.notableSignatories}
            caption={tPage("notableHeading")}
          />
        </LetterSection>
      ) : null}

      {letter.prisoners.length > 0 ? (
        <LetterSection id="prisoners" title={tPage("prisonersHeading")}>
          <LinkedItems
            items={letter.prisoners.map((prisoner) => ({
              key: prisoner.slug,
              href: publicRoutes.prisoner(prisoner.slug),
              label: prisoner.name,
            }))}
          />
        </LetterSection>
      ) : null}

      {letter.countries.length > 0 ? (
        <LetterSection id="countries" title={tPage("countriesHeading")}>
          <LinkedItems
            items={letter.countries.map((country) => ({
              key: country.code,
              href: publicRoutes.country(country.code),
              label: country.name,
            }))}
          />
        </LetterSection>
      ) : null}

      {letter.deliveries.length > 0 ? (
        <LetterSection id="delivery" title={tPage("deliveriesHeading")}>
          <LetterDeliveries deliveries={letter.deliveries} />
        </LetterSection>
      ) : null}

      <LetterAnswersSection answers={letter.answers} />
    </Container>
  );
}
