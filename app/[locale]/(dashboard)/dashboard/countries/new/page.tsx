import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { CountryForm } from "@/components/dashboard/content/country-form";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { createCountry } from "@/lib/actions/countries/create-country";
import { authorize, requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("country");

/** A new country. */
export default async function NewCountryPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "country" });
  const t = await getTranslations("ContentEditor");
  return (
    <ContentClientMessages>
      <ItemHeader title={t("country.new")} backHref="/dashboard/countries" />
      <CountryForm action={createCountry} initialValues={{}} />
    </ContentClientMessages>
  );
}
