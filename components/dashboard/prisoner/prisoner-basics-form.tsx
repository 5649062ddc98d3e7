"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { CheckboxGroupField } from "@/components/dashboard/form/checkbox-group-field";
import {
  EditorForm,
  type CreateAction,
  type EditorAction,
} from "@/components/dashboard/form/editor-form";
import { FORM_LOCALES, languageName } from "@/components/dashboard/form/form-locales";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { RichTextEditor } from "@/components/dashboard/form/rich-text-editor";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { usePrisonerFieldLabel } from "@/components/dashboard/prisoner/use-prisoner-field-label";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { GENDERS, PRISONER_ROLES, PRISONER_STATUSES } from "@/lib/validation/prisoner";
import { REDACTABLE_FIELDS } from "@/lib/validation/prisoner-basics";
import { useLocale } from "next-intl";

interface PrisonerBasicsFormProps {
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  options: Pick<PrisonerEditorOptions, "countries" | "tags" | "affiliations" | "photos">;
  /** Absent when creating a profile. */
  id?: string;
  version?: number;
}

/** The "Basics" tab, also the form that creates a profile. */
export function PrisonerBasicsForm({
  action,
  initialValues,
  options,
  id,
  version,
}: PrisonerBasicsFormProps) {
  const t = useTranslations("PrisonerEditor");
  const pageLocale = useLocale();
  const fieldLabel = usePrisonerFieldLabel();
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabel={fieldLabel}
      saveLabel={id ? undefined : t("createDraft")}
    >
      {id ? null : <input type="hidden" name="locale" value={pageLocale} />}
      <SectionedFormBody
        sections={(["identity", "persecution", "texts", "publication"] as const).map((key) => ({
          id: `section-${key}`,
          title: t(`sections.${key}`),
        }))}
      >
        <IdentitySection />
        <PersecutionSection countries={options.countries} />
        <TextsSection />
        <PublicationSection options={options} editing={Boolean(id)} />
      </SectionedFormBody>
    </EditorForm>
  );
}

/** Who the person is: names, birth, citizenship, roles. */
function IdentitySection() {
  const t = useTranslations("PrisonerEditor");
  return (
    <FormSection id="section-identity" title={t("sections.identity")}>
      <LocalizedFields name="name" label={t("fields.name")} hint={t("hints.name")} required />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInputField
          name="sortName"
          label={t("fields.sortName")}
          hint={t("hints.sortName")}
          required
          autoComplete="off"
        />
        <TextInputField
          name="slug"
          label={t("fields.slug")}
          hint={t("hints.slug")}
          required
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          name="gender"
          label={t("fields.gender")}
          placeholder={t("notSpecified")}
          options={GENDERS.map((value) => ({ value, label: t(`genders.${value}`) }))}
        />
        <PartialDateField name="birthDate" label={t("fields.birthDate")} dayOnly />
        <TextInputField
          name="birthYear"
          label={t("fields.birthYear")}
          inputMode="numeric"
          maxLength={4}
          className="max-w-32"
        />
      </div>
      <TextInputField
        name="citizenships"
        label={t("fields.citizenships")}
        hint={t("hints.citizenships")}
        autoComplete="off"
      />
      <CheckboxGroupField
        name="roles"
        legend={t("fields.roles")}
        options={PRISONER_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
      />
      <LocalizedFields name="occupation" label={t("fields.occupation")} />
    </FormSection>
  );
}

/** Where and how the person is persecuted, and their current status. */
function PersecutionSection({ countries }: { countries: PrisonerEditorOptions["countries"] }) {
  const t = useTranslations("PrisonerEditor");
  const tStatus = useTranslations("PrisonerStatus");
  return (
    <FormSection id="section-persecution" title={t("sections.persecution")}>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="countryCode"
          label={t("fields.countryCode")}
          hint={t("hints.countryCode")}
          placeholder={t("choose")}
          required
          options={countries}
        />
      </div>
      <LocalizedFields name="region" label={t("fields.region")} />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          name="status"
          label={t("fields.status")}
          placeholder={t("choose")}
          required
          options={PRISONER_STATUSES.map((value) => ({ value, label: tStatus(value) }))}
        />
        <PartialDateField name="statusSince" label={t("fields.statusSince")} />
        <PartialDateField name="arrestedOn" label={t("fields.arrestedOn")} />
      </div>
      <LocalizedFields
        name="statusNote"
        label={t("fields.statusNote")}
        hint={t("hints.statusNote")}
      />
    </FormSection>
  );
}

/** The summary and the biography, one rich-text editor per language. */
function TextsSection() {
  const t = useTranslations("PrisonerEditor");
  const pageLocale = useLocale();
  return (
    <FormSection id="section-texts" title={t("sections.texts")}>
      <LocalizedFields
        name="summary"
        label={t("fields.summary")}
        hint={t("hints.summary")}
        multiline
        rows={3}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold text-slate-900 dark:text-slate-100">
          {t("fields.biography")}
        </legend>
        <div className="grid gap-4 xl:grid-cols-2">
          {FORM_LOCALES.map((locale) => (
            <RichTextEditor
              key={locale}
              name={`biography.${locale}`}
              label={languageName(locale, pageLocale)}
              lang={locale}
              hint={t("hints.biography")}
            />
          ))}
        </div>
      </fieldset>
    </FormSection>
  );
}

/** What the public sees and how: photo, redactions, tags, affiliations, the review stamp. */
function PublicationSection({
  options,
  editing,
}: {
  options: Pick<PrisonerEditorOptions, "tags" | "affiliations" | "photos">;
  editing: boolean;
}) {
  const t = useTranslations("PrisonerEditor");
  return (
    <FormSection id="section-publication" title={t("sections.publication")}>
      <SelectField
        name="photoId"
        label={t("fields.photo")}
        hint={t("hints.photo")}
        placeholder={t("noPhoto")}
        options={options.photos}
      />
      <CheckboxGroupField
        name="redactedFields"
        legend={t("fields.redactedFields")}
        hint={t("hints.redactedFields")}
        options={REDACTABLE_FIELDS.map((value) => ({ value, label: t(`redactable.${value}`) }))}
      />
      {options.tags.length > 0 ? (
        <CheckboxGroupField name="tagIds" legend={t("fields.tags")} options={options.tags} />
      ) : null}
      {options.affiliations.length > 0 ? (
        <>
          <CheckboxGroupField
            name="affiliationIds"
            legend={t("fields.affiliations")}
            options={options.affiliations}
          />
          <fieldset className="flex flex-col gap-4">
            <legend className="font-semibold text-slate-900 dark:text-slate-100">
              {t("fields.affiliationRoles")}
            </legend>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t("hints.affiliationRoles")}
            </p>
            {options.affiliations.map((affiliation) => (
              <LocalizedFields
                key={affiliation.value}
                name={`affiliationRoles.${affiliation.value}`}
                label={t("fields.affiliationRole", { name: affiliation.label })}
              />
            ))}
          </fieldset>
        </>
      ) : null}
      {editing ? (
        <CheckboxField
          name="markReviewed"
          label={t("fields.markReviewed")}
          hint={t("hints.markReviewed")}
        />
      ) : null}
    </FormSection>
  );
}
