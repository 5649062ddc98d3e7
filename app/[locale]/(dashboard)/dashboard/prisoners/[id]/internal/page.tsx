import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrisonerEditorFrame } from "@/components/dashboard/prisoner/prisoner-editor-frame";
import { PrisonerInternalForm } from "@/components/dashboard/prisoner/prisoner-internal-form";
import { Alert } from "@/components/ui/alert";
import { updatePrisonerInternal } from "@/lib/actions/prisoners/update-prisoner-internal";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { getPrisonerInternalForEditing } from "@/lib/data/prisoner-internal";
import { ForbiddenError } from "@/lib/errors";
import { getRequestContext } from "@/lib/security/request-context";
import { loadEditorPage, type EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  return { title: t("tabs.internal") };
}

/**
 * The staff-only notes (PrisonerInternal): only in the dashboard, never in a public DTO. Each role
 * sees the fields of its data classes (working notes for all staff, contacts and consent for
 * editors); showing sensitive fields is audited by lib/data/prisoner-internal.ts.
 */
export default async function PrisonerInternalPage(props: EditorPageProps) {
  const { actor, prisoner, frame, translation } = await loadEditorPage(props);
  const t = await getTranslations("PrisonerEditor");
  const internal = await getPrisonerInternalForEditing(
    actor,
    prisoner.id,
    await getRequestContext(),
  ).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
  return (
    <PrisonerEditorFrame actor={actor} prisoner={frame} translation={translation} tab="internal">
      {internal ? (
        <PrisonerInternalForm
          action={updatePrisonerInternal}
          initialValues={
            Object.fromEntries(
              internal.fields.map((field) => [field, internal.values[field] ?? ""]),
            ) as FormValues
          }
          id={prisoner.id}
          version={prisoner.version}
          fields={internal.fields}
          hidesSensitive={internal.hidesSensitive}
        />
      ) : (
        <Alert tone="warning">{t("internalForbidden")}</Alert>
      )}
    </PrisonerEditorFrame>
  );
}
