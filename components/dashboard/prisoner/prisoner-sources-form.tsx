"use client";

import { useTranslations } from "next-intl";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { PrisonerCitationRows } from "@/components/dashboard/prisoner/prisoner-citation-rows";
import { usePrisonerFieldLabel } from "@/components/dashboard/prisoner/use-prisoner-field-label";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { PROFILE_CITATION_FIELDS } from "@/lib/validation/prisoner-profile-citations";

interface Props {
  action: EditorAction;
  initialValues: FormValues;
  id: string;
  version: number;
  options: Pick<PrisonerEditorOptions, "sources">;
}

/**
 * The "Sources" tab: the sources of the profile itself. Each supports the profile as a whole or
 * one fact of it; the public page numbers a fact's sources next to that fact.
 */
export function PrisonerSourcesForm({ action, initialValues, id, version, options }: Props) {
  const t = useTranslations("PrisonerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabel={usePrisonerFieldLabel()}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("hints.profileCitations")}</p>
      <PrisonerCitationRows
        name="citations"
        sources={options.sources}
        supports={PROFILE_CITATION_FIELDS.map((value) => ({
          value,
          label: t(`fields.${value}`),
        }))}
      />
    </EditorForm>
  );
}
