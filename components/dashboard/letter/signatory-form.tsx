"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface SignatoryFormProps {
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  letters: SelectOption[];
  countries: SelectOption[];
  /** "Verified by … on …" of the stored row, shown next to the box. */
  verifiedText?: string | null;
  id?: string;
  version?: number;
}

/**
 * A notable signatory: the letter, the name as printed, office, country, order, and the staff
 * verification (how it was checked, and the box that stamps who verified it and when).
 */
export function SignatoryForm({
  action,
  initialValues,
  letters,
  countries,
  verifiedText,
  id,
  version,
}: SignatoryFormProps) {
  const t = useTranslations("Signatories");
  return (
    <ContentForm
      action={action as EditorAction}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        letterId: t("fields.letter"),
        name: t("fields.name"),
        office: t("fields.office"),
        countryCode: t("fields.country"),
        position: t("fields.position"),
        verificationNote: t("fields.verificationNote"),
        verifiedAt: t("fields.verified"),
      }}
      saveLabel={id ? undefined : t("create")}
    >
      <SelectField
        name="letterId"
        label={t("fields.letter")}
        placeholder={t("fields.letterChoose")}
        required
        options={letters}
        className="max-w-xl"
      />
      <TextInputField
        name="name"
        label={t("fields.name")}
        hint={t("fields.nameHint")}
        required
        autoComplete="off"
        className="max-w-xl"
      />
      <LocalizedFields name="office" label={t("fields.office")} maxLength={200} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="countryCode"
          label={t("fields.country")}
          placeholder={t("fields.countryNone")}
          options={countries}
        />
        <TextInputField
          name="position"
          label={t("fields.position")}
          hint={t("fields.positionHint")}
          inputMode="numeric"
        />
      </div>
      <TextareaField
        name="verificationNote"
        label={t("fields.verificationNote")}
        hint={t("fields.verificationNoteHint")}
        rows={3}
      />
      <CheckboxField
        name="verified"
        label={t("fields.verified")}
        hint={verifiedText ?? t("fields.verifiedHint")}
      />
    </ContentForm>
  );
}
