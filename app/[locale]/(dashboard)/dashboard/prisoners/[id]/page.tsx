import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteItemForm } from "@/components/dashboard/content/delete-item-form";
import { PrisonerBasicsForm } from "@/components/dashboard/prisoner/prisoner-basics-form";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { basicsValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { deletePrisoner } from "@/lib/actions/prisoners/delete-prisoner";
import { updatePrisonerBasics } from "@/lib/actions/prisoners/update-prisoner-basics";
import { can } from "@/lib/auth/policy";
import { loadEditorPage, type EditorPageProps } from "./load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.basics") };
}

/** The "Basics" tab of the prisoner editor, and deletion for editors. */
export default async function PrisonerBasicsPage(props: EditorPageProps) {
  const { actor, prisoner, options, frame, translation } = await loadEditorPage(props);
  const t = await getTranslations("PrisonerEditor");
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="basics">
      <PrisonerBasicsForm
        action={updatePrisonerBasics}
        initialValues={basicsValues(prisoner)}
        options={options}
        id={prisoner.id}
        version={prisoner.version}
      />
      {can(actor, "delete", { type: "prisoner", state: prisoner.state }) ? (
        <DeleteItemForm
          action={deletePrisoner}
          id={prisoner.id}
          version={prisoner.version}
          texts={{
            heading: t("deleteTitle"),
            explanation: t("deleteExplanation"),
            confirm: t("deleteConfirm"),
            button: t("deleteButton"),
          }}
        />
      ) : null}
    </PrisonerEditorFrame>
  );
}
