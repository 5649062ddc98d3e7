import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { profileCitationsValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerSourcesForm } from "@/components/dashboard/prisoner/prisoner-sources-form";
import { updatePrisonerProfileCitations } from "@/lib/actions/prisoners/update-prisoner-profile-citations";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.sources") };
}

export default async function PrisonerSourcesPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="sources">
      <PrisonerSourcesForm
        action={updatePrisonerProfileCitations}
        initialValues={profileCitationsValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
      />
    </PrisonerEditorFrame>
  );
}
