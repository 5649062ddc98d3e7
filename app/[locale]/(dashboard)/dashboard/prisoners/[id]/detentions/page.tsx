import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerDetentionsForm } from "@/components/dashboard/prisoner/prisoner-detentions-form";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { detentionsValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { updatePrisonerDetentions } from "@/lib/actions/prisoners/update-prisoner-detentions";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.detentions") };
}

export default async function PrisonerDetentionsPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="detentions">
      <PrisonerDetentionsForm
        action={updatePrisonerDetentions}
        initialValues={detentionsValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
      />
    </PrisonerEditorFrame>
  );
}
