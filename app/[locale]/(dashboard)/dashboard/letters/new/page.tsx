import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { LetterForm } from "@/components/dashboard/letter/letter-form";
import { createLetter } from "@/lib/actions/letters/create-letter";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { listLetterPrisonerOptions } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "LetterEditor" });
  return { title: t("new") };
}

/** A new letter, created as a draft with version 1 of its text. */
export default async function NewLetterPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "letter", state: "DRAFT" });
  const [t, prisoners, countries] = await Promise.all([
    getTranslations("LetterEditor"),
    listLetterPrisonerOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  return (
    <>
      <ItemHeader title={t("new")} />
      <LetterClientMessages>
        <LetterForm
          action={createLetter}
          initialValues={{ kind: "PETITION" }}
          prisoners={prisoners}
          countries={countrySelectOptions(countries)}
        />
      </LetterClientMessages>
    </>
  );
}
