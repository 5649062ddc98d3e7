import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { FallbackNotice } from "@/components/content/fallback-notice";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { PrisonerStatusBadge } from "@/components/prisoner/prisoner-status-badge";
import { RichText } from "@/components/rich-text/rich-text";
import { DateText } from "@/components/ui/date-text";
import { Localized, langOf } from "@/components/ui/localized";
import { getPublishedPrisonerBySlug } from "@/lib/data/prisoners";
import type { Locale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page need the same row: one query per request.
const getPrisoner = cache((slug: string, locale: Locale) =>
  getPublishedPrisonerBySlug(slug, locale),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const prisoner = await getPrisoner(slug, locale);
  if (!prisoner) return {};
  return {
    title: prisoner.name.text,
    description: prisoner.summary?.text,
    alternates: localeAlternates(locale, `/prisoners/${slug}`),
  };
}

export default async function PrisonerPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const prisoner = await getPrisoner(slug, locale);
  if (!prisoner) notFound();

  const [t, tNav] = await Promise.all([
    getTranslations("Prisoners"),
    getTranslations("Navigation"),
  ]);
  const hasFallback = [prisoner.summary, prisoner.biography].some((text) => text?.isFallback);
  const since = prisoner.statusSince;

  return (
    <Container width="prose">
      <BackLink href="/prisoners" section={tNav("prisoners")} />
      <PageHeader title={prisoner.name.text} titleLang={langOf(prisoner.name)}>
        <dl className="flex flex-col gap-2">
          <div>
            <dt className="sr-only">{t("status")}</dt>
            <dd>
              <PrisonerStatusBadge status={prisoner.status} />
            </dd>
          </div>
          {since ? (
            <div className="flex flex-wrap gap-x-1.5">
              <dt className="text-slate-700 dark:text-slate-300">{t("statusSince")}:</dt>
              <dd className="font-medium">
                <DateText date={since} />
              </dd>
            </div>
          ) : null}
          {prisoner.country ? (
            <div className="flex flex-wrap gap-x-1.5">
              <dt className="text-slate-700 dark:text-slate-300">{t("country")}:</dt>
              <dd className="font-medium">
                <Localized value={prisoner.country.name} />
              </dd>
            </div>
          ) : null}
        </dl>
      </PageHeader>

      {hasFallback ? <FallbackNotice /> : null}

      <section aria-labelledby="case-heading" className="mt-8 flex flex-col gap-4">
        <h2 id="case-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          {t("summaryHeading")}
        </h2>
        {prisoner.summary ? (
          <p lang={langOf(prisoner.summary)} className="text-lg text-slate-800 dark:text-slate-200">
            {prisoner.summary.text}
          </p>
        ) : null}
        {prisoner.biography ? (
          <RichText
            doc={prisoner.biography.doc}
            lang={langOf(prisoner.biography)}
            headingOffset={1}
          />
        ) : null}
        {!prisoner.summary && !prisoner.biography ? (
          <p className="text-slate-700 dark:text-slate-300">{t("noSummary")}</p>
        ) : null}
      </section>
    </Container>
  );
}
