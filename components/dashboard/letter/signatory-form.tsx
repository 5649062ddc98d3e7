"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface SignatoryFormProps {
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  letters: SelectOption[];
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/**
 * A notable signatory: the letter, the name as printed, office, country and order. Verification
 * is not part of this form: an editor verifies with its own form (signatory-verification-form).
 */
export function SignatoryForm({
  action,
  initialValues,
  letters,
  countries,
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
    </ContentForm>
  );
}
