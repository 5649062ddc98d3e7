"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { Alert } from "@/components/ui/alert";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import { INTERNAL_TEXT_MAX, PRISONER_INTERNAL_FIELDS } from "@/lib/validation/prisoner-internal";

/** The staff-only "Internal" tab (PrisonerInternal): never published, never exported. */
export function PrisonerInternalForm(form: PrisonerTabFormProps) {
  const t = useTranslations("PrisonerEditor");
  return (
    <PrisonerTabForm {...form}>
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
    </PrisonerTabForm>
  );
}
