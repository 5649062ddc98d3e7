import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { formatCalendarDate } from "@/components/ui/date-text";
import { Alert } from "@/components/ui/alert";
import { WriteLetterAddress } from "@/components/write/write-letter-address";
import { LetterRules } from "@/components/write/letter-rules";
import { LetterSentForm } from "@/components/write/letter-sent-form";
import { recordLetterSentAction } from "@/lib/actions/letters-to-prisoners/record-letter-sent";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { LETTER_SENT_SLUG_FIELD } from "@/lib/letters-to-prisoners/letter-sent-state";
import { getLetterWritingPage } from "@/lib/letters-to-prisoners/letter-writing";
import { localized, publicRoutes } from "@/lib/routes";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The strings of "I sent a letter" (components/write/letter-sent-form.tsx), a client form. */
const SENT_FORM_KEYS = [
  "sentButton",
  "sentPending",
  "sentThanks",
  "sentRateLimited",
  "sentRejected",
  "sentUnavailable",
] as const;

/** Cached like the profile, refreshed by its tags and after each "I sent a letter". */
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const getPage = cache((slug: string, locale: Locale) =>
  CONTENT_SLUG_PATTERN.test(slug) ? getLetterWritingPage(slug, locale) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const page = await getPage(slug, locale);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "WriteLetter" });
  return {
    title: t("metaTitle", { name: page.name.text }),
    alternates: localeAlternates(locale, publicRoutes.prisonerWrite(slug)),
    // An address page is for people who came to write, not for search engines.
    robots: { index: false },
  };
}

export default async function WriteLetterPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const page = await getPage(slug, locale);
  if (!page) notFound();
  const [t, messages] = await Promise.all([getTranslations("WriteLetter"), getMessages()]);
  const name = page.name.text;
  const checked = page.arrival.checkedOn
    ? t("checkedOn", {
        date: await formatCalendarDate({ iso: page.arrival.checkedOn, precision: "DAY" }),
      })
    : null;

  return (
    <Container width="prose" className="flex flex-col gap-10">
      <div>
        <BackLink href={publicRoutes.prisoner(slug)} section={name} />
        <PageHeader
          title={t("title", { name })}
          titleLang={page.name.isFallback ? page.name.lang : undefined}
          lead={t("lead")}
        />
      </div>

      {page.blocked === "doNotArrive" ? (
        <Alert tone="warning" title={t("doNotArriveTitle", { name })}>
          <p>{t("doNotArrive", { name })}</p>
          {checked ? <p>{checked}</p> : null}
        </Alert>
      ) : null}
      {page.blocked === "notHeld" ? <Alert tone="info" title={t("notHeld", { name })} /> : null}
      {page.blocked === "noAddress" ? <Alert tone="info" title={t("noAddress", { name })} /> : null}

      {page.envelope && page.facility ? (
        <>
          <p className="text-slate-800 dark:text-slate-200" data-testid="letter-arrival">
            {page.arrival.arrival === "ARRIVE" ? t("arrive", { name }) : t("unknown", { name })}{" "}
            {checked}
          </p>
          <WriteLetterAddress envelope={page.envelope} facility={page.facility} />
          <section aria-labelledby="letter-downloads" className="flex flex-col gap-3 print:hidden">
            <h2
              id="letter-downloads"
              className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
            >
              {t("downloadsHeading")}
            </h2>
            <ul className="flex flex-col gap-2">
              <li>
                <a
                  className="text-link"
                  href={localized(locale, publicRoutes.prisonerWriteEnvelope(slug))}
                  download
                >
                  {t("envelopePdf")}
                </a>
              </li>
              <li>
                <a
                  className="text-link"
                  href={localized(locale, publicRoutes.prisonerWriteSheet(slug))}
                  download
                >
                  {t("letterPdf")}
                </a>
              </li>
            </ul>
          </section>
        </>
      ) : null}

      {page.blocked !== "doNotArrive" ? <LetterRules rules={page.rules} /> : null}

      {page.envelope ? (
        <section
          id="letter-sent"
          aria-labelledby="letter-sent-heading"
          className="flex flex-col gap-3"
        >
          <h2
            id="letter-sent-heading"
            className="text-2xl font-semibold text-slate-900 dark:text-slate-50"
          >
            {t("sentHeading")}
          </h2>
          <p className="max-w-prose text-slate-800 dark:text-slate-200">{t("sentLead")}</p>
          <p
            className="font-semibold text-slate-900 dark:text-slate-100"
            data-testid="letters-this-month"
          >
            {t("sentThisMonth", { count: page.lettersThisMonth })}
          </p>
          {/* The form is a client component: only its own strings travel to the browser. */}
          <NextIntlClientProvider
            messages={{
              WriteLetter: Object.fromEntries(
                SENT_FORM_KEYS.map((key) => [key, messages.WriteLetter[key]]),
              ),
              Outage: { formProblem: messages.Outage.formProblem },
            }}
          >
            <LetterSentForm
              action={recordLetterSentAction}
              prisonerSlug={slug}
              slugField={LETTER_SENT_SLUG_FIELD}
              permalink={`${localized(locale, publicRoutes.prisonerWrite(slug))}#letter-sent`}
            />
          </NextIntlClientProvider>
        </section>
      ) : null}
    </Container>
  );
}
