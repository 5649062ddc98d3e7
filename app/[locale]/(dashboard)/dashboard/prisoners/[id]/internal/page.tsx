import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { internalValues } from "@/components/dashboard/prisoner/prisoner-form-values";
import { PrisonerInternalForm } from "@/components/dashboard/prisoner/prisoner-internal-form";
import { Alert } from "@/components/ui/alert";
import { updatePrisonerInternal } from "@/lib/actions/prisoners/update-prisoner-internal";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.internal") };
}

/** The staff-only notes (PrisonerInternal): only in the dashboard, never in a public DTO. */
export default async function PrisonerInternalPage(props: EditorPageProps) {
  const { actor, prisoner, frame, translation } = await loadEditorPage(props);
  const t = await getTranslations("PrisonerEditor");
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="internal">
      {prisoner.canViewInternal ? (
        <PrisonerInternalForm
          action={updatePrisonerInternal}
          initialValues={internalValues(prisoner)}
          id={prisoner.id}
          version={prisoner.version}
        />
      ) : (
        <Alert tone="warning">{t("internalForbidden")}</Alert>
      )}
    </PrisonerEditorFrame>
  );
}
