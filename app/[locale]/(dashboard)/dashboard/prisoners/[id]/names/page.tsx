import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { namesValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerNamesForm } from "@/components/dashboard/prisoner/prisoner-names-form";
import { updatePrisonerNames } from "@/lib/actions/prisoners/update-prisoner-names";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.names") };
}

export default async function PrisonerNamesPage(props: EditorPageProps) {
  const { actor, prisoner, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="names">
      <PrisonerNamesForm
        action={updatePrisonerNames}
        initialValues={namesValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
      />
    </PrisonerEditorFrame>
  );
}
