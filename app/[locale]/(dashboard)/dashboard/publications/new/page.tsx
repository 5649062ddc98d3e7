import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { PublicationForm } from "@/components/dashboard/content/publication-form";
import { createPublication } from "@/lib/actions/publications/create-publication";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPublicationEditorOptions } from "@/lib/data/dashboard-publications";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("publication");

/** A new publication, created as a draft. */
export default async function NewPublicationPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "publication", state: "DRAFT" });
  const [t, options, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    getPublicationEditorOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentClientMessages>
      <ItemHeader title={t("publication.new")} />
      <PublicationForm
        action={createPublication}
        initialValues={{ type: "NEWS" }}
        options={options}
        countries={countrySelectOptions(countries)}
      />
    </ContentClientMessages>
  );
}
