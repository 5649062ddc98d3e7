import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { LetterClientMessages } from "@/components/dashboard/letter/letter-client-messages";
import { SignatoryForm } from "@/components/dashboard/letter/signatory-form";
import { createSignatory } from "@/lib/actions/signatories/create-signatory";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { listLetterOptions } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseLetterListQuery } from "@/lib/validation/letter";
import { dashboardRoutes } from "@/lib/routes";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Signatories" });
  return { title: t("new") };
}

/** A new notable signatory, for the letter named in `?letter=` when given. */
export default async function NewSignatoryPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "notableSignatory" });
  const query = parseLetterListQuery(await searchParams);
  const [t, letters, countries] = await Promise.all([
    getTranslations("Signatories"),
    listLetterOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  return (
    <>
      <ItemHeader
        title={t("new")}
        backHref={
          query.letter
            ? dashboardRoutes.letterPage(query.letter, "signatories")
            : dashboardRoutes.list("notableSignatory")
        }
      />
      <p className="mb-6 text-slate-700 dark:text-slate-300">{t("proposedExplanation")}</p>
      <LetterClientMessages>
        <SignatoryForm
          action={createSignatory}
          initialValues={{ letterId: query.letter ?? "", position: "0" }}
          letters={letters}
          countries={countrySelectOptions(countries)}
        />
      </LetterClientMessages>
    </>
  );
}
