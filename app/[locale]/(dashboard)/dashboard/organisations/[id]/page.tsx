import { notFound } from "next/navigation";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { OrganisationForm } from "@/components/dashboard/content/organisation-form";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteOrganisation } from "@/lib/actions/organisations/delete-organisation";
import { updateOrganisation } from "@/lib/actions/organisations/update-organisation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { getOrganisationForEditor } from "@/lib/data/dashboard-organisations";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface OrganisationPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("organisation");

/** One recognising organisation's editor. */
export default async function OrganisationPage({ params, searchParams }: OrganisationPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const organisation = await getOrganisationForEditor(actor, id);
  if (!organisation) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={localizedString(organisation.name, locale) || organisation.slug}
        backHref="/dashboard/organisations"
        version={organisation.version}
        updatedAt={organisation.updatedAt}
        translation={translationStatus([organisation.name])}
        historyHref={historyPath("organisation", organisation.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "organisation" })}
      />
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
      <DeleteSection
        actor={actor}
        type="organisation"
        usage={organisation.usage}
        action={deleteOrganisation}
        id={organisation.id}
        version={organisation.version}
      />
    </ContentClientMessages>
  );
}
