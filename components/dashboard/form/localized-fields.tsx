"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { useFieldState } from "@/components/dashboard/form/form-context";
import { FORM_LOCALES, languageName } from "@/components/dashboard/form/form-locales";
import { FALLBACK_LOCALE, type ContentLocale } from "@/lib/content-model/localized";

interface LocalizedFieldsProps {
  /** Form name of the field; each locale's input is named `${name}.${locale}`. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The English (fallback) text is required. */
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
}

/**
 * One localised field with an input per locale side by side (stacked on narrow screens), so a
 * translator sees the English next to the Russian. Each input carries its language in `lang`,
 * so spell-checkers and screen readers use the right one.
 */
export function LocalizedFields({
  name,
  label,
  hint,
  required,
  multiline,
  rows = 3,
  maxLength,
}: LocalizedFieldsProps) {
  const pageLocale = useLocale();
  const hintId = hint ? `${name.replace(/[^A-Za-z0-9_-]/g, "-")}-group-hint` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hintId}>
      <legend className="font-semibold text-slate-900 dark:text-slate-100">{label}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {FORM_LOCALES.map((locale) => (
          <LocaleInput
            key={locale}
            name={`${name}.${locale}`}
            locale={locale}
            label={languageName(locale, pageLocale)}
            required={required && locale === FALLBACK_LOCALE}
            multiline={multiline}
            rows={rows}
            maxLength={maxLength}
          />
        ))}
      </div>
    </fieldset>
  );
}

function LocaleInput({
  name,
  locale,
  label,
  required,
  multiline,
  rows,
  maxLength,
}: {
  name: string;
  locale: ContentLocale;
  label: string;
  required?: boolean;
  multiline?: boolean;
  rows: number;
  maxLength?: number;
}) {
  const t = useTranslations("EditorForm");
  const field = useFieldState(name);
  const common = {
    name,
    id: field.id,
    label,
    lang: locale,
    required,
    requiredLabel: t("required"),
    error: field.error,
    defaultValue: field.value,
    maxLength,
  };
  return multiline ? <Textarea {...common} rows={rows} /> : <TextField {...common} />;
}
