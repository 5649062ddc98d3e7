"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";

interface ArticleFormProps {
  action: EditorAction;
  initialValues: FormValues;
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/** A criminal code article: country, code, article and part (its key), the code's name and title. */
export function ArticleForm({ action, initialValues, countries, id, version }: ArticleFormProps) {
  const t = useTranslations("ContentEditor");
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        countryCode: t("fields.country"),
        code: t("fields.codeShort"),
        codeName: t("fields.codeName"),
        article: t("fields.article"),
        part: t("fields.part"),
        title: t("fields.title"),
      }}
      saveLabel={id ? undefined : t("article.new")}
    >
      <SelectField
        name="countryCode"
        label={t("fields.country")}
        required
        placeholder={t("fields.countryChoose")}
        options={countries}
        className="max-w-md"
      />
      <TextInputField
        name="code"
        label={t("fields.codeShort")}
        hint={t("fields.codeShortHint")}
        required
        autoComplete="off"
      />
      <LocalizedFields name="codeName" label={t("fields.codeName")} required maxLength={200} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInputField
          name="article"
          label={t("fields.article")}
          hint={t("fields.articleHint")}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
        <TextInputField
          name="part"
          label={t("fields.part")}
          hint={t("fields.partHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
      </div>
      <LocalizedFields
        name="title"
        label={t("fields.title")}
        required
        multiline
        rows={2}
        maxLength={400}
      />
    </ContentForm>
  );
}
