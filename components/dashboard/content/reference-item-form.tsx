"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { ReferenceFieldInput } from "@/components/dashboard/content/reference-field-input";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";
import {
  fieldLabel,
  referenceType,
  valueFields,
  type ReferenceTypeName,
} from "@/lib/reference-types";

interface ReferenceItemFormProps {
  type: ReferenceTypeName;
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  /** The options of the type's country fields (none when it has no such field). */
  countries: readonly SelectOption[];
  /** The item's key when editing; absent when creating. */
  id?: string;
  version?: number;
}

/**
 * The form of any reference item (tag, country, facility …): the fields its descriptor lists,
 * in the form kit's EditorForm (error summary, conflict notice, values kept after any outcome,
 * works without JavaScript).
 */
export function ReferenceItemForm({
  type,
  action,
  initialValues,
  countries,
  id,
  version,
}: ReferenceItemFormProps) {
  const t = useTranslations("ContentEditor");
  const descriptor = referenceType(type);
  const fieldLabels = Object.fromEntries(
    valueFields(descriptor).map((field) => [field.name, t(`fields.${fieldLabel(field)}`)]),
  );
  return (
    <ContentForm
      action={action as EditorAction}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={fieldLabels}
      saveLabel={id ? undefined : t(`${descriptor.section}.new`)}
    >
      {descriptor.fields.map((field, index) => (
        <ReferenceFieldInput
          key={field.kind === "row" ? index : field.name}
          field={field}
          countries={countries}
          creating={!id}
        />
      ))}
    </ContentForm>
  );
}
