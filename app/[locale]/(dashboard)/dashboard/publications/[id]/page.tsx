import { notFound } from "next/navigation";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { PublicationForm } from "@/components/dashboard/content/publication-form";
import { publicationValues } from "@/components/dashboard/content/publication-form-values";
import { WorkflowPanel } from "@/components/dashboard/workflow/workflow-panel";
import { deletePublication } from "@/lib/actions/publications/delete-publication";
import { updatePublication } from "@/lib/actions/publications/update-publication";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content-model/localized";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import {
  getPublicationEditorOptions,
  getPublicationForEditor,
} from "@/lib/data/dashboard-publications";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface PublicationPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("publication");

/** One publication's editor, with its workflow panel and a link to the preview. */
export default async function PublicationPage({ params, searchParams }: PublicationPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const [publication, options, countries] = await Promise.all([
    getPublicationForEditor(actor, id),
    getPublicationEditorOptions(actor, locale),
    listCountryOptions(actor, locale),
  ]);
  if (!publication) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={localizedString(publication.title, locale) || publication.slug}
        version={publication.version}
        updatedAt={publication.updatedAt}
        translation={translationStatus([
          publication.title,
          publication.summary,
          publication.body,
          ...publication.attachments.map((attachment) => attachment.title),
        ])}
        historyHref={dashboardRoutes.history("publication", publication.id)}
        previewHref={dashboardRoutes.preview("publication", publication.id) ?? undefined}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "publication", state: publication.state })}
      />
      <div className="mb-8">
        <WorkflowPanel
          type="publication"
          id={publication.id}
          state={publication.state}
          version={publication.version}
          actor={actor}
          hideHistoryLink
        />
      </div>
      <PublicationForm
        action={updatePublication}
        initialValues={publicationValues(publication)}
        options={options}
        countries={countrySelectOptions(countries)}
        id={publication.id}
        version={publication.version}
      />
      <DeleteSection
        actor={actor}
        type="publication"
        action={deletePublication}
        id={publication.id}
        version={publication.version}
      />
    </ContentClientMessages>
  );
}
