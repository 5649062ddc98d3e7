import { notFound } from "next/navigation";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { CountryForm } from "@/components/dashboard/content/country-form";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { deleteCountry } from "@/lib/actions/countries/delete-country";
import { updateCountry } from "@/lib/actions/countries/update-country";
import { localizedString } from "@/lib/content/localized";
import { getCountryForEditor } from "@/lib/data/dashboard-countries";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("country");

/** One country's editor; the `id` segment is its code. */
export default async function CountryPage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const country = await getCountryForEditor(actor, decodeURIComponent(id));
  if (!country) notFound();
  return (
    <ReferenceItemEditor
      actor={actor}
      type="country"
      id={country.code}
      item={country}
      title={`${localizedString(country.name, locale) || country.code} (${country.code})`}
      translation={translationStatus([country.name])}
      created={created}
      deleteAction={deleteCountry}
    >
      <CountryForm
        action={updateCountry}
        initialValues={{ slug: country.slug, ...localizedValues("name", country.name) }}
        id={country.code}
        version={country.version}
      />
    </ReferenceItemEditor>
  );
}
