import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { politicalValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerPoliticalForm } from "@/components/dashboard/prisoner/prisoner-political-form";
import { updatePrisonerPolitical } from "@/lib/actions/prisoners/update-prisoner-political";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.political") };
}

export default async function PrisonerPoliticalPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="political">
      <PrisonerPoliticalForm
        action={updatePrisonerPolitical}
        initialValues={politicalValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
      />
    </PrisonerEditorFrame>
  );
}
