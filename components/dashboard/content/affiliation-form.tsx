"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { SelectOption } from "@/components/ui/select";

interface AffiliationFormProps {
  action: EditorAction;
  initialValues: FormValues;
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/** An affiliation's fields: name, address, description and the country it is active in. */
export function AffiliationForm({
  action,
  initialValues,
  countries,
  id,
  version,
}: AffiliationFormProps) {
  const t = useTranslations("ContentEditor");
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        name: t("fields.name"),
        slug: t("fields.slug"),
        description: t("fields.description"),
        countryCode: t("fields.country"),
      }}
      saveLabel={id ? undefined : t("affiliation.new")}
    >
      <LocalizedFields name="name" label={t("fields.name")} required maxLength={200} />
      <TextInputField
        name="slug"
        label={t("fields.slug")}
        hint={t("fields.slugHint")}
        required
        autoComplete="off"
        spellCheck={false}
        className="max-w-md"
      />
      <LocalizedFields
        name="description"
        label={t("fields.description")}
        hint={t("fields.descriptionHint")}
        multiline
        rows={3}
        maxLength={2000}
      />
      <SelectField
        name="countryCode"
        label={t("fields.country")}
        placeholder={t("fields.countryNone")}
        options={countries}
        className="max-w-md"
      />
    </ContentForm>
  );
}
