import { getTranslations } from "next-intl/server";
import { AffiliationForm } from "@/components/dashboard/content/affiliation-form";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { createAffiliation } from "@/lib/actions/affiliations/create-affiliation";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("affiliation");

/** A new affiliation. */
export default async function NewAffiliationPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "affiliation" });
  const [t, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentClientMessages>
      <ItemHeader title={t("affiliation.new")} backHref="/dashboard/affiliations" />
      <AffiliationForm
        action={createAffiliation}
        initialValues={{}}
        countries={countrySelectOptions(countries)}
      />
    </ContentClientMessages>
  );
}
