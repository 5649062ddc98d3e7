import { notFound } from "next/navigation";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { FacilityForm } from "@/components/dashboard/content/facility-form";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteFacility } from "@/lib/actions/facilities/delete-facility";
import { updateFacility } from "@/lib/actions/facilities/update-facility";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getFacilityForEditor } from "@/lib/data/dashboard-facilities";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface FacilityPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("facility");

/** One place of detention's editor. */
export default async function FacilityPage({ params, searchParams }: FacilityPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const [facility, countries] = await Promise.all([
    getFacilityForEditor(actor, id),
    listCountryOptions(actor, locale),
  ]);
  if (!facility) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={localizedString(facility.name, locale) || facility.slug}
        backHref="/dashboard/facilities"
        version={facility.version}
        updatedAt={facility.updatedAt}
        translation={translationStatus([facility.name, facility.region, facility.addressNotes])}
        historyHref={historyPath("facility", facility.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "facility" })}
      />
      <FacilityForm
        action={updateFacility}
        initialValues={{
          slug: facility.slug,
          kind: facility.kind,
          countryCode: facility.countryCode,
          postalAddress: facility.postalAddress ?? "",
          ...localizedValues("name", facility.name),
          ...localizedValues("region", facility.region),
          ...localizedValues("addressNotes", facility.addressNotes),
        }}
        countries={countrySelectOptions(countries)}
        id={facility.id}
        version={facility.version}
      />
      <DeleteSection
        actor={actor}
        type="facility"
        usage={facility.usage}
        action={deleteFacility}
        id={facility.id}
        version={facility.version}
      />
    </ContentClientMessages>
  );
}
