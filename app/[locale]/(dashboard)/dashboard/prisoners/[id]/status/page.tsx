import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { statusHistoryValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerStatusHistoryForm } from "@/components/dashboard/prisoner/prisoner-status-history-form";
import { updatePrisonerStatusHistory } from "@/lib/actions/prisoners/update-prisoner-status-history";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.status") };
}

export default async function PrisonerStatusHistoryPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="status">
      <PrisonerStatusHistoryForm
        action={updatePrisonerStatusHistory}
        initialValues={statusHistoryValues(prisoner)}
        id={prisoner.id}
        version={prisoner.version}
        options={options}
      />
    </PrisonerEditorFrame>
  );
}
