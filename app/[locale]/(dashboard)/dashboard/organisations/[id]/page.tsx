import { notFound } from "next/navigation";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { OrganisationForm } from "@/components/dashboard/content/organisation-form";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { deleteOrganisation } from "@/lib/actions/organisations/delete-organisation";
import { updateOrganisation } from "@/lib/actions/organisations/update-organisation";
import { localizedString } from "@/lib/content/localized";
import { getOrganisationForEditor } from "@/lib/data/dashboard-organisations";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("organisation");

/** One recognising organisation's editor. */
export default async function OrganisationPage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const organisation = await getOrganisationForEditor(actor, id);
  if (!organisation) notFound();
  return (
    <ReferenceItemEditor
      actor={actor}
      type="organisation"
      id={organisation.id}
      item={organisation}
      title={localizedString(organisation.name, locale) || organisation.slug}
      translation={translationStatus([organisation.name])}
      created={created}
      deleteAction={deleteOrganisation}
    >
      <OrganisationForm
        action={updateOrganisation}
        initialValues={{
          slug: organisation.slug,
          kind: organisation.kind,
          url: organisation.url ?? "",
          ...localizedValues("name", organisation.name),
        }}
        id={organisation.id}
        version={organisation.version}
      />
    </ReferenceItemEditor>
  );
}
