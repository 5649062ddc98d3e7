import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { FacilityForm } from "@/components/dashboard/content/facility-form";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { createFacility } from "@/lib/actions/facilities/create-facility";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("facility");

/** A new place of detention. */
export default async function NewFacilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "facility" });
  const [t, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentClientMessages>
      <ItemHeader title={t("facility.new")} backHref="/dashboard/facilities" />
      <FacilityForm
        action={createFacility}
        initialValues={{}}
        countries={countrySelectOptions(countries)}
      />
    </ContentClientMessages>
  );
}
