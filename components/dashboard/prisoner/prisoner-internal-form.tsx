"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { Alert } from "@/components/ui/alert";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import type { PrisonerInternalField } from "@/lib/auth/data-classes";
import { INTERNAL_TEXT_MAX } from "@/lib/validation/prisoner-internal";

interface PrisonerInternalFormProps extends PrisonerTabFormProps {
  /** The fields this person may read and change (lib/data/prisoner-internal.ts). */
  fields: PrisonerInternalField[];
  /** Sensitive fields exist that this person may not see: say so, and that saving keeps them. */
  hidesSensitive: boolean;
}

/** The staff-only "Internal" tab (PrisonerInternal): never published, exported only on request. */
export function PrisonerInternalForm({
  fields,
  hidesSensitive,
  ...form
}: PrisonerInternalFormProps) {
  const t = useTranslations("PrisonerEditor");
  return (
    <PrisonerTabForm {...form}>
      <Alert tone="warning" title={t("internalWarningTitle")}>
        {t("internalWarning")}
      </Alert>
      {hidesSensitive ? <Alert>{t("internalSensitiveHidden")}</Alert> : null}
      {fields.map((field) => (
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
