import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { ReferenceItemForm } from "@/components/dashboard/content/reference-item-form";
import { REFERENCE_ACTIONS } from "@/lib/actions/reference-items/reference-action-map";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { hasCountryField, referenceType, type ReferenceTypeName } from "@/lib/reference-types";

/** The page that creates a reference item (`/dashboard/tags/new` …): its empty form. */
export async function NewReferenceItemPage({
  type,
  params,
}: {
  type: ReferenceTypeName;
  params: Promise<{ locale: string }>;
}) {
  const descriptor = referenceType(type);
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: descriptor.type });
  const [t, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    hasCountryField(descriptor) ? listCountryOptions(actor, locale) : [],
  ]);
  return (
    <ContentClientMessages>
      <ItemHeader title={t(`${descriptor.section}.new`)} />
      <ReferenceItemForm
        type={type}
        action={REFERENCE_ACTIONS[type].create}
        initialValues={descriptor.newValues ?? {}}
        countries={countrySelectOptions(countries)}
      />
    </ContentClientMessages>
  );
}
