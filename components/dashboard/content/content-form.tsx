"use client";

import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { languageName } from "@/components/dashboard/form/form-locales";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { isContentLocale } from "@/lib/content-model/localized";

interface ContentFormProps {
  action: EditorAction;
  initialValues: FormValues;
  /** Absent when creating. */
  id?: string;
  version?: number;
  /** Field name → its label, for the conflict notice ("name" → "Name"). */
  fieldLabels: Record<string, string>;
  saveLabel?: ReactNode;
  children: ReactNode;
}

/**
 * The edit form of a reference item or a publication: the form kit's EditorForm (error summary,
 * conflict notice, save bar, values kept after any outcome) plus the page's language, so that a
 * create action sends the user to the new item's editor in the same language.
 */
export function ContentForm({
  action,
  initialValues,
  id,
  version,
  fieldLabels,
  saveLabel,
  children,
}: ContentFormProps) {
  const pageLocale = useLocale();
  const fieldLabel = (path: string[]) => {
    const words = path.filter((segment) => !isContentLocale(segment) && fieldLabels[segment]);
    const locale = path.find((segment) => isContentLocale(segment));
    const text = words.map((segment) => fieldLabels[segment]).join(" › ") || path.join(".");
    return locale ? `${text} (${languageName(locale, pageLocale)})` : text;
  };
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabel={fieldLabel}
      saveLabel={saveLabel}
    >
      <input type="hidden" name="locale" value={pageLocale} />
      {children}
    </EditorForm>
  );
}
