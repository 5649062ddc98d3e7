"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { ORGANISATION_KINDS } from "@/lib/validation/organisation";

interface OrganisationFormProps {
  action: EditorAction;
  initialValues: FormValues;
  id?: string;
  version?: number;
}

/** A recognising organisation's fields: name, address, kind and website. */
export function OrganisationForm({ action, initialValues, id, version }: OrganisationFormProps) {
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
        kind: t("fields.kind"),
        url: t("fields.url"),
      }}
      saveLabel={id ? undefined : t("organisation.new")}
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
      <SelectField
        name="kind"
        label={t("fields.kind")}
        required
        options={ORGANISATION_KINDS.map((kind) => ({
          value: kind,
          label: t(`organisationKinds.${kind}`),
        }))}
        className="max-w-md"
      />
      <TextInputField
        name="url"
        type="url"
        label={t("fields.url")}
        hint={t("fields.urlHint")}
        autoComplete="off"
        spellCheck={false}
      />
    </ContentForm>
  );
}
