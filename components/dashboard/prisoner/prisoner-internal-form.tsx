"use client";

import { useTranslations } from "next-intl";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { usePrisonerFieldLabel } from "@/components/dashboard/prisoner/use-prisoner-field-label";
import { Alert } from "@/components/ui/alert";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { INTERNAL_TEXT_MAX, PRISONER_INTERNAL_FIELDS } from "@/lib/validation/prisoner-internal";

interface Props {
  action: EditorAction;
  initialValues: FormValues;
  id: string;
  version: number;
}

/** The staff-only "Internal" tab (PrisonerInternal): never published, never exported. */
export function PrisonerInternalForm({ action, initialValues, id, version }: Props) {
  const t = useTranslations("PrisonerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabel={usePrisonerFieldLabel()}
    >
      <Alert tone="warning" title={t("internalWarningTitle")}>
        {t("internalWarning")}
      </Alert>
      {PRISONER_INTERNAL_FIELDS.map((field) => (
        <TextareaField
          key={field}
          name={field}
          label={t(`fields.${field}`)}
          rows={5}
          maxLength={INTERNAL_TEXT_MAX}
        />
      ))}
    </EditorForm>
  );
}
