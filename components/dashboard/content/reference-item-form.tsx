"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { ReferenceFieldInput } from "@/components/dashboard/content/reference-field-input";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";
import {
  fieldLabel,
  referenceSections,
  referenceType,
  valueFields,
  type ReferenceField,
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
 * works without JavaScript). A form of two sections or more shows them with a table of contents.
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
  const sections = referenceSections(descriptor);
  // Fields before the first section (none today) would be headed by the type's name.
  const titled = sections.map((section) => ({
    id: `section-${section.key ?? "main"}`,
    title: section.key ? t(`sections.${section.key}`) : t(`${descriptor.section}.title`),
  }));
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
      {sections.length < 2 ? (
        <Fields fields={descriptor.fields} countries={countries} creating={!id} />
      ) : (
        <SectionedFormBody sections={titled}>
          {sections.map((section, index) => (
            <FormSection key={titled[index]!.id} {...titled[index]!}>
              <Fields fields={section.fields} countries={countries} creating={!id} />
            </FormSection>
          ))}
        </SectionedFormBody>
      )}
    </ContentForm>
  );
}

/** Fields in the descriptor's order. */
function Fields({
  fields,
  countries,
  creating,
}: {
  fields: readonly ReferenceField[];
  countries: readonly SelectOption[];
  creating: boolean;
}) {
  return fields.map((field, index) => (
    <ReferenceFieldInput
      key={field.kind === "row" ? index : field.name}
      field={field}
      countries={countries}
      creating={creating}
    />
  ));
}
