import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerCasesForm } from "@/components/dashboard/prisoner/prisoner-cases-form";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { casesValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { updatePrisonerCases } from "@/lib/actions/prisoners/update-prisoner-cases";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.cases") };
}

export default async function PrisonerCasesPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="cases">
      <PrisonerCasesForm
        action={updatePrisonerCases}
        initialValues={casesValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
      />
    </PrisonerEditorFrame>
  );
}
