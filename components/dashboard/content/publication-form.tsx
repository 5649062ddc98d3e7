"use client";

import { useLocale, useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { TitleSlugSummaryFields } from "@/components/dashboard/content/title-slug-summary-fields";
import { PublicationAttachmentsField } from "@/components/dashboard/content/publication-attachments-field";
import { CheckboxGroupField } from "@/components/dashboard/form/checkbox-group-field";
import type { EditorAction } from "@/components/dashboard/form/editor-form";
import { FORM_LOCALES, languageName } from "@/components/dashboard/form/form-locales";
import { MultiSelectField } from "@/components/dashboard/form/multi-select-field";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { RichTextEditor } from "@/components/dashboard/form/rich-text-editor";
import { SelectField } from "@/components/dashboard/form/select-field";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { PublicationEditorOptions } from "@/lib/data/dashboard-publications";
import { PUBLICATION_TYPES } from "@/lib/validation/publication";

interface PublicationFormProps {
  action: EditorAction;
  initialValues: FormValues;
  options: PublicationEditorOptions;
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/**
 * Every field of a publication: type, address, title, summary and text in each language side by
 * side, the date it bears, the countries and prisoners it concerns, its cover and its PDF files.
 * The workflow state is moved by the workflow panel, not here.
 */
export function PublicationForm({
  action,
  initialValues,
  options,
  countries,
  id,
  version,
}: PublicationFormProps) {
  const t = useTranslations("ContentEditor");
  const tType = useTranslations("PublicationType");
  const tForm = useTranslations("EditorForm");
  const pageLocale = useLocale();
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        type: t("fields.type"),
        slug: t("fields.slug"),
        title: t("fields.title"),
        summary: t("fields.summary"),
        body: t("fields.body"),
        publishedOn: t("fields.publishedOn"),
        countries: t("fields.countries"),
        prisoners: t("fields.prisoners"),
        coverImageId: t("fields.cover"),
        attachments: t("fields.attachments"),
      }}
      saveLabel={id ? undefined : t("publication.createDraft")}
    >
      <SectionedFormBody sections={["details", "text", "links", "media"]}>
        <FormSection id="section-details" title={tForm("sections.details")}>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name="type"
              label={t("fields.type")}
              required
              options={PUBLICATION_TYPES.map((type) => ({ value: type, label: tType(type) }))}
            />
            <PartialDateField
              name="publishedOn"
              label={t("fields.publishedOn")}
              hint={t("fields.publishedOnHint")}
              dayOnly
            />
          </div>
          <TitleSlugSummaryFields
            labels={{
              title: t("fields.title"),
              slug: t("fields.slug"),
              slugHint: t("fields.slugHint"),
              summary: t("fields.summary"),
              summaryHint: t("fields.summaryHint"),
            }}
          />
        </FormSection>
        <FormSection id="section-text" title={tForm("sections.text")}>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold text-slate-900 dark:text-slate-100">
              {t("fields.body")}
            </legend>
            <div className="grid gap-4 lg:grid-cols-2">
              {FORM_LOCALES.map((locale) => (
                <RichTextEditor
                  key={locale}
                  name={`body.${locale}`}
                  label={languageName(locale, pageLocale)}
                  lang={locale}
                />
              ))}
            </div>
          </fieldset>
        </FormSection>
        <FormSection id="section-links" title={tForm("sections.links")}>
          <CheckboxGroupField
            name="countryCodes"
            legend={t("fields.countries")}
            options={countries}
          />
          <MultiSelectField
            name="prisonerIds"
            label={t("fields.prisoners")}
            hint={t("fields.prisonersHint")}
            options={options.prisoners.map((prisoner) => ({
              value: prisoner.id,
              label: prisoner.name,
            }))}
            size={8}
          />
        </FormSection>
        <FormSection id="section-media" title={tForm("sections.media")}>
          <SelectField
            name="coverImageId"
            label={t("fields.cover")}
            hint={t("fields.coverHint")}
            placeholder={t("fields.coverNone")}
            options={options.images.map((image) => ({ value: image.id, label: image.label }))}
            className="max-w-xl"
          />
          <PublicationAttachmentsField pdfs={options.pdfs} />
        </FormSection>
      </SectionedFormBody>
    </ContentForm>
  );
}
