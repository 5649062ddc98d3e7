import { getTranslations } from "next-intl/server";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { SourceForm } from "@/components/dashboard/content/source-form";
import { SourceClientMessages } from "@/components/dashboard/source/source-client-messages";
import { sourceMetadata } from "@/components/dashboard/source/source-metadata";
import { createSource } from "@/lib/actions/sources/create-source";
import { authorize, requireActor } from "@/lib/auth/session";
import { listSourceDocumentOptions } from "@/lib/data/dashboard-sources";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = sourceMetadata;

/** A new source, described in full (the prisoner editor's citation rows create short ones). */
export default async function NewSourcePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "source" });
  const [t, documents] = await Promise.all([
    getTranslations("SourceEditor"),
    listSourceDocumentOptions(actor),
  ]);
  return (
    <SourceClientMessages>
      <ItemHeader title={t("new")} />
      <SourceForm action={createSource} initialValues={{}} documents={documents} />
    </SourceClientMessages>
  );
}
