import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { dayValue } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "../../_reference-items/item-editor-request";
import { SourceForm } from "@/components/dashboard/content/source-form";
import { SourceCitedBy } from "@/components/dashboard/source/source-cited-by";
import { SourceClientMessages } from "@/components/dashboard/source/source-client-messages";
import { sourceMetadata } from "@/components/dashboard/source/source-metadata";
import { textLinkClass } from "@/components/ui/text-link";
import { deleteSource } from "@/lib/actions/sources/delete-source";
import { updateSource } from "@/lib/actions/sources/update-source";
import { can } from "@/lib/auth/policy";
import { getSourceForEditor, listSourceDocumentOptions } from "@/lib/data/dashboard-sources";
import { apiRoutes, dashboardRoutes } from "@/lib/routes";

export const generateMetadata = sourceMetadata;

/** One source's editor, with what cites it. */
export default async function SourcePage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const [t, source, documents] = await Promise.all([
    getTranslations("SourceEditor"),
    getSourceForEditor(actor, id, locale),
    listSourceDocumentOptions(actor),
  ]);
  if (!source) notFound();
  return (
    <SourceClientMessages>
      <ItemHeader
        title={source.title}
        version={source.version}
        updatedAt={source.updatedAt}
        historyHref={dashboardRoutes.history("source", source.id)}
        created={created}
        readOnly={!can(actor, "update", { type: "source" })}
      >
        {source.documentId ? (
          // The staff media route (it serves the document whether or not it is public): a file,
          // not a page, so a plain link without the locale.
          <p>
            <a href={apiRoutes.dashboardMediaAsset(source.documentId)} className={textLinkClass}>
              {t("fields.documentOpen")}
            </a>
          </p>
        ) : null}
      </ItemHeader>
      <SourceForm
        action={updateSource}
        initialValues={{
          title: source.title,
          publisher: source.publisher ?? "",
          url: source.url ?? "",
          archiveUrl: source.archiveUrl ?? "",
          publishedOn: dayValue(source.publishedOn),
          accessedOn: dayValue(source.accessedOn),
          confidence: source.confidence,
          language: source.language ?? "",
          documentId: source.documentId ?? "",
          ...(source.documentPublic ? { documentPublic: "on" } : {}),
        }}
        documents={documents}
        id={source.id}
        version={source.version}
      />
      <SourceCitedBy citations={source.citedBy} />
      <DeleteSection
        actor={actor}
        type="source"
        action={deleteSource}
        id={source.id}
        version={source.version}
      />
    </SourceClientMessages>
  );
}
