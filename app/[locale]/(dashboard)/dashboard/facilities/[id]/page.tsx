import { notFound } from "next/navigation";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { FacilityForm } from "@/components/dashboard/content/facility-form";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { deleteFacility } from "@/lib/actions/facilities/delete-facility";
import { updateFacility } from "@/lib/actions/facilities/update-facility";
import { localizedString } from "@/lib/content/localized";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getFacilityForEditor } from "@/lib/data/dashboard-facilities";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("facility");

/** One place of detention's editor. */
export default async function FacilityPage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const [facility, countries] = await Promise.all([
    getFacilityForEditor(actor, id),
    listCountryOptions(actor, locale),
  ]);
  if (!facility) notFound();
  return (
    <ReferenceItemEditor
      actor={actor}
      type="facility"
      id={facility.id}
      item={facility}
      title={localizedString(facility.name, locale) || facility.slug}
      translation={translationStatus([facility.name, facility.region, facility.addressNotes])}
      created={created}
      deleteAction={deleteFacility}
    >
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
    </ReferenceItemEditor>
  );
}
