import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { LetterAddressee } from "@/components/letter/letter-addressee";
import { LetterBadges } from "@/components/letter/letter-badges";
import { RichText } from "@/components/rich-text/rich-text";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import { getPublicLetterBySlug } from "@/lib/data/letters";
import type { Locale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

const getLetter = cache((slug: string, locale: Locale) => getPublicLetterBySlug(slug, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await getLetter(slug, locale);
  if (!letter) return {};
  return {
    title: letter.title.text,
    description: letter.summary?.text,
    alternates: localeAlternates(locale, `/letters/${slug}`),
  };
}

export default async function LetterPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await getLetter(slug, locale);
  if (!letter) notFound();

  const [t, tNav] = await Promise.all([getTranslations("Letters"), getTranslations("Navigation")]);
  const sentOn = letter.sentOn;
  // The text's own title is worth a heading only when it says more than the page title.
  const versionTitle = letter.versionTitle?.text !== letter.title.text ? letter.versionTitle : null;
  const hasFallback = [letter.title, letter.versionTitle, letter.body].some(
    (text) => text?.isFallback,
  );

  return (
    <Container width="prose">
      <BackLink href="/letters" section={tNav("letters")} />
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
      </PageHeader>

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
    </Container>
  );
}
