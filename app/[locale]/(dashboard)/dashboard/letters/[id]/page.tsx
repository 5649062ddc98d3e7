import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteItemForm } from "@/components/dashboard/content/delete-item-form";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { LetterForm } from "@/components/dashboard/letter/letter-form";
import { letterValues } from "@/components/dashboard/letter/letter-form-values";
import { deleteLetter } from "@/lib/actions/letters/delete-letter";
import { updateLetter } from "@/lib/actions/letters/update-letter";
import { can } from "@/lib/auth/policy";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { listLetterPrisonerOptions } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseLetterListQuery } from "@/lib/validation/letter";
import { loadLetterPage, type LetterPageProps } from "./load-letter-page";

export async function generateMetadata({ params }: LetterPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "LetterEditor" });
  return { title: t("editTitle") };
}

/** A letter's fields and text, with the list of its text versions. */
export default async function LetterEditPage(props: LetterPageProps) {
  const { actor, locale, letter, frame } = await loadLetterPage(props);
  const query = parseLetterListQuery(await props.searchParams);
  const [t, format, prisoners, countries] = await Promise.all([
    getTranslations("LetterEditor"),
    getFormatter(),
    listLetterPrisonerOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  return (
    <LetterEditorFrame actor={actor} letter={frame} tab="edit" created={Boolean(query.created)}>
      <LetterClientMessages>
        <LetterForm
          action={updateLetter}
          initialValues={letterValues(letter)}
          prisoners={prisoners}
          countries={countrySelectOptions(countries)}
          id={letter.id}
          version={letter.version}
        />
      </LetterClientMessages>
      <section aria-labelledby="versions-heading" className="flex flex-col gap-3">
        <h2 id="versions-heading" className="text-xl font-semibold">
          {t("versions.heading")}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{t("versions.lead")}</p>
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t("versions.heading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-start dark:border-slate-600">
              <th scope="col" className="py-2 text-start">
                {t("versions.number")}
              </th>
              <th scope="col" className="py-2 text-start">
                {t("versions.created")}
              </th>
              <th scope="col" className="py-2 text-start">
                {t("versions.author")}
              </th>
              <th scope="col" className="py-2 text-start">
                {t("versions.signatures")}
              </th>
            </tr>
          </thead>
          <tbody>
            {letter.versions.map((version) => (
              <tr key={version.id} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-2 text-start font-medium">
                  {version.id === letter.currentVersionId
                    ? t("versions.current", { number: version.number })
                    : version.number}
                </th>
                <td className="py-2">
                  {format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-2">{version.createdBy ?? "—"}</td>
                <td className="py-2">{format.number(version.signatureCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can(actor, "delete", { type: "letter", state: letter.state }) ? (
        <LetterClientMessages>
          <DeleteItemForm
            action={deleteLetter}
            id={letter.id}
            version={letter.version}
            texts={{
              heading: t("delete.title"),
              explanation: t("delete.explanation"),
              confirm: t("delete.confirm"),
              button: t("delete.button"),
            }}
          />
        </LetterClientMessages>
      ) : null}
    </LetterEditorFrame>
  );
}
