import { notFound } from "next/navigation";
import { AffiliationForm } from "@/components/dashboard/content/affiliation-form";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { deleteAffiliation } from "@/lib/actions/affiliations/delete-affiliation";
import { updateAffiliation } from "@/lib/actions/affiliations/update-affiliation";
import { localizedString } from "@/lib/content/localized";
import { getAffiliationForEditor } from "@/lib/data/dashboard-affiliations";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("affiliation");

/** One affiliation's editor. */
export default async function AffiliationPage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const [affiliation, countries] = await Promise.all([
    getAffiliationForEditor(actor, id),
    listCountryOptions(actor, locale),
  ]);
  if (!affiliation) notFound();
  return (
    <ReferenceItemEditor
      actor={actor}
      type="affiliation"
      id={affiliation.id}
      item={affiliation}
      title={localizedString(affiliation.name, locale) || affiliation.slug}
      translation={translationStatus([affiliation.name, affiliation.description])}
      created={created}
      deleteAction={deleteAffiliation}
    >
      <AffiliationForm
        action={updateAffiliation}
        initialValues={{
          slug: affiliation.slug,
          countryCode: affiliation.countryCode ?? "",
          ...localizedValues("name", affiliation.name),
          ...localizedValues("description", affiliation.description),
        }}
        countries={countrySelectOptions(countries)}
        id={affiliation.id}
        version={affiliation.version}
      />
    </ReferenceItemEditor>
  );
}
