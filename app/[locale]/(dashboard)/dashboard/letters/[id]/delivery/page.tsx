import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryForm } from "@/components/dashboard/letter/delivery-form";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { recordDelivery } from "@/lib/actions/letters/record-delivery";
import { can } from "@/lib/auth/policy";
import { listLetterDeliveries } from "@/lib/data/letter-deliveries";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { loadLetterPage, type LetterPageProps } from "../load-letter-page";
import { apiRoutes, withQuery } from "@/lib/routes";

export async function generateMetadata({ params }: LetterPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "DeliveryExport" });
  return { title: t("title") };
}

const linkClass =
  "text-accent-800 underline underline-offset-2 dark:text-accent-200 inline-flex min-h-11 items-center";

/**
 * Delivering a letter (editors): the files to hand over (PDF per language, the signatory CSV and
 * its manifest, plain downloads that work without JavaScript), and the record of each hand-over
 * with any answer, which the public letter page shows.
 */
export default async function LetterDeliveryPage(props: LetterPageProps) {
  const { actor, locale, letter, frame } = await loadLetterPage(props);
  if (!can(actor, "exportDelivery", { type: "signature" })) {
    forbidden();
  }
  const [t, format, deliveries] = await Promise.all([
    getTranslations("DeliveryExport"),
    getFormatter(),
    listLetterDeliveries(actor, letter.id, locale),
  ]);
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <LetterEditorFrame actor={actor} letter={frame} tab="delivery">
      <section aria-labelledby="export-heading" className="flex flex-col gap-3">
        <h2 id="export-heading" className="text-xl font-semibold">
          {t("exportHeading")}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{t("exportLead")}</p>
        {letter.currentVersionId ? (
          <ul className="flex flex-col gap-1">
            {routing.locales.map((language) => (
              <li key={language}>
                <a
                  href={withQuery(apiRoutes.letterDelivery(letter.id, "pdf"), { locale: language })}
                  className={linkClass}
                  download
                >
                  {t("pdfLink", { language: languages.of(language) ?? language })}
                </a>
              </li>
            ))}
            <li>
              <a
                href={withQuery(apiRoutes.letterDelivery(letter.id, "csv"), { locale })}
                className={linkClass}
                download
              >
                {t("csvLink")}
              </a>
            </li>
            <li>
              <a
                href={withQuery(apiRoutes.letterDelivery(letter.id, "manifest"), { locale })}
                className={linkClass}
                download
              >
                {t("manifestLink")}
              </a>
            </li>
          </ul>
        ) : (
          <p>{t("noText")}</p>
        )}
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("verifyHint")}</p>
      </section>
      <section aria-labelledby="deliveries-heading" className="flex flex-col gap-3">
        <h2 id="deliveries-heading" className="text-xl font-semibold">
          {t("deliveriesHeading")}
        </h2>
        {deliveries.length === 0 ? (
          <p>{t("noDeliveries")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {deliveries.map((delivery) => (
              <li
                key={delivery.id}
                className="rounded-md border border-slate-300 p-3 dark:border-slate-600"
              >
                <p className="font-medium">
                  {t("deliveryLine", {
                    date: format.dateTime(delivery.deliveredOn, {
                      dateStyle: "long",
                      timeZone: "UTC",
                    }),
                    recipient: delivery.recipient,
                  })}
                  {delivery.method ? ` · ${t(`methods.${delivery.method}`)}` : ""}
                </p>
                {delivery.note ? <p>{delivery.note}</p> : null}
                {delivery.response ? (
                  <p>
                    {t("responseLine", {
                      date: delivery.responseReceivedOn
                        ? format.dateTime(delivery.responseReceivedOn, {
                            dateStyle: "long",
                            timeZone: "UTC",
                          })
                        : "—",
                    })}{" "}
                    {delivery.response}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {can(actor, "publish", { type: "letter", state: letter.state }) ? (
          <>
            <h3 className="text-lg font-semibold">{t("record.heading")}</h3>
            <LetterClientMessages>
              <DeliveryForm action={recordDelivery} letterId={letter.id} version={letter.version} />
            </LetterClientMessages>
          </>
        ) : null}
      </section>
    </LetterEditorFrame>
  );
}
