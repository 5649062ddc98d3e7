"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface CountryFormProps {
  action: EditorAction;
  initialValues: FormValues;
  /** The country code when editing (it is the key and cannot change); absent when creating. */
  id?: string;
  version?: number;
}

/** A country's fields: the code (only when creating), its name and its address. */
export function CountryForm({ action, initialValues, id, version }: CountryFormProps) {
  const t = useTranslations("ContentEditor");
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{ name: t("fields.name"), slug: t("fields.slug"), code: t("fields.code") }}
      saveLabel={id ? undefined : t("country.new")}
    >
      {id ? null : (
        <TextInputField
          name="code"
          label={t("fields.code")}
          hint={t("fields.codeHint")}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={2}
          className="max-w-24 uppercase"
        />
      )}
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
    </ContentForm>
  );
}
