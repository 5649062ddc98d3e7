"use client";

import { useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { FACILITY_KINDS } from "@/lib/validation/facility";

interface FacilityFormProps {
  action: EditorAction;
  initialValues: FormValues;
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/** A place of detention: name, address, kind, country, region, postal address and how to write. */
export function FacilityForm({ action, initialValues, countries, id, version }: FacilityFormProps) {
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
        countryCode: t("fields.country"),
        region: t("fields.region"),
        postalAddress: t("fields.postalAddress"),
        addressNotes: t("fields.addressNotes"),
      }}
      saveLabel={id ? undefined : t("facility.new")}
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
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          placeholder={t("fields.kindChoose")}
          options={FACILITY_KINDS.map((kind) => ({
            value: kind,
            label: t(`facilityKinds.${kind}`),
          }))}
        />
        <SelectField
          name="countryCode"
          label={t("fields.country")}
          required
          placeholder={t("fields.countryChoose")}
          options={countries}
        />
      </div>
      <LocalizedFields name="region" label={t("fields.region")} maxLength={200} />
      <TextareaField
        name="postalAddress"
        label={t("fields.postalAddress")}
        hint={t("fields.postalAddressHint")}
        rows={3}
        maxLength={2000}
      />
      <LocalizedFields
        name="addressNotes"
        label={t("fields.addressNotes")}
        hint={t("fields.addressNotesHint")}
        multiline
        rows={4}
        maxLength={2000}
      />
    </ContentForm>
  );
}
