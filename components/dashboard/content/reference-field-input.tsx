"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { SelectOption } from "@/components/ui/select";
import type { ReferenceField } from "@/lib/reference-types";

interface ReferenceFieldInputProps {
  field: ReferenceField;
  /** The options of country fields. */
  countries: readonly SelectOption[];
  /** Fields set only when creating (a country's code) are left out when editing. */
  creating: boolean;
}

/** One field of a reference item's form, as its descriptor describes it (lib/reference-types). */
export function ReferenceFieldInput({ field, countries, creating }: ReferenceFieldInputProps) {
  const t = useTranslations("ContentEditor");
  const text = (key: string | undefined) => (key ? t(`fields.${key}` as never) : undefined);
  switch (field.kind) {
    case "row":
      return (
        <div className="grid gap-4 md:grid-cols-2">
          {field.fields.map((inner, index) => (
            <ReferenceFieldInput
              key={inner.kind === "row" ? index : inner.name}
              field={inner}
              countries={countries}
              creating={creating}
            />
          ))}
        </div>
      );
    case "slug":
      return (
        <TextInputField
          name="slug"
          label={t("fields.slug")}
          hint={t("fields.slugHint")}
          required
          autoComplete="off"
          spellCheck={false}
          className="max-w-md"
        />
      );
    case "localized":
      return (
        <LocalizedFields
          name={field.name}
          label={text(field.label)}
          hint={text(field.hint)}
          required={field.required}
          multiline={field.multiline}
          rows={field.rows}
          maxLength={field.maxLength}
        />
      );
    case "text":
      if (field.createOnly && !creating) return null;
      return (
        <TextInputField
          name={field.name}
          label={text(field.label)}
          hint={text(field.hint)}
          {...field.input}
        />
      );
    case "textarea":
      return (
        <TextareaField
          name={field.name}
          label={text(field.label)}
          hint={text(field.hint)}
          rows={field.rows}
          maxLength={field.maxLength}
        />
      );
    case "enum":
      return (
        <SelectField
          name={field.name}
          label={text(field.label)}
          required={field.required}
          placeholder={text(field.placeholder)}
          options={field.values.map((value) => ({
            value,
            label: t(`${field.labels}.${value}` as never),
          }))}
          className={field.className}
        />
      );
    case "country":
      return (
        <SelectField
          name={field.name}
          label={text(field.label)}
          required={field.required}
          placeholder={text(field.placeholder)}
          options={countries}
          className={field.className}
        />
      );
  }
}
