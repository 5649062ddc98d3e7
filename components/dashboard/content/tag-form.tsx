"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface TagFormProps {
  action: EditorAction;
  initialValues: FormValues;
  id?: string;
  version?: number;
}

/** A tag's fields: its name in every language and its address. */
export function TagForm({ action, initialValues, id, version }: TagFormProps) {
  const t = useTranslations("ContentEditor");
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{ name: t("fields.name"), slug: t("fields.slug") }}
      saveLabel={id ? undefined : t("tag.new")}
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
    </ContentForm>
  );
}
