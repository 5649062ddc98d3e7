"use client";

import { useLocale, useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { TitleSlugSummaryFields } from "@/components/dashboard/content/title-slug-summary-fields";
import { CheckboxGroupField } from "@/components/dashboard/form/checkbox-group-field";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import { FORM_LOCALES, languageName } from "@/components/dashboard/form/form-locales";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { MultiSelectField } from "@/components/dashboard/form/multi-select-field";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { RichTextEditor } from "@/components/dashboard/form/rich-text-editor";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { SelectOption } from "@/components/ui/select";
import type { FormValues } from "@/lib/actions/staff-action-state";
import { LETTER_KINDS } from "@/lib/validation/letter";
import { LetterThresholdsFields } from "@/components/dashboard/letter/letter-thresholds-fields";

interface LetterFormProps {
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  prisoners: { id: string; name: string }[];
  countries: SelectOption[];
  id?: string;
  version?: number;
}

/**
 * Every field of a letter: kind, address, titles and summary in each language side by side, the
 * addressee, dates, goal, countries, prisoners, and the text. Saving a changed text makes a new
 * text version; the state moves in the workflow panel, not here.
 */
export function LetterForm({
  action,
  initialValues,
  prisoners,
  countries,
  id,
  version,
}: LetterFormProps) {
  const t = useTranslations("LetterEditor");
  const tForm = useTranslations("EditorForm");
  return (
    <ContentForm
      action={action as EditorAction}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        kind: t("fields.kind"),
        slug: t("fields.slug"),
        title: t("fields.title"),
        summary: t("fields.summary"),
        addresseeName: t("fields.addresseeName"),
        addresseeOffice: t("fields.addresseeOffice"),
        sentOn: t("fields.sentOn"),
        goal: t("fields.goal"),
        deadline: t("fields.deadline"),
        countryCodes: t("fields.countries"),
        prisonerIds: t("fields.prisoners"),
        textTitle: t("fields.textTitle"),
        text: t("fields.text"),
        currentVersion: t("fields.text"),
      }}
      saveLabel={id ? undefined : t("createDraft")}
    >
      <SectionedFormBody sections={["details", "addressee", "links", "text"]}>
        <FormSection id="section-details" title={tForm("sections.details")}>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name="kind"
              label={t("fields.kind")}
              required
              options={LETTER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
            <TextInputField
              name="goal"
              label={t("fields.goal")}
              hint={t("fields.goalHint")}
              inputMode="numeric"
              autoComplete="off"
            />
          </div>
          <TitleSlugSummaryFields
            labels={{
              title: t("fields.title"),
              slug: t("fields.slug"),
              slugHint: t("fields.slugHint"),
              summary: t("fields.summary"),
            }}
          />
          <LetterThresholdsFields />
        </FormSection>
        <FormSection id="section-addressee" title={tForm("sections.addressee")}>
          <LocalizedFields
            name="addresseeName"
            label={t("fields.addresseeName")}
            hint={t("fields.addresseeNameHint")}
            required
            maxLength={200}
          />
          <LocalizedFields
            name="addresseeOffice"
            label={t("fields.addresseeOffice")}
            maxLength={200}
          />
          <div className="grid gap-4 md:grid-cols-2">
            <PartialDateField
              name="sentOn"
              label={t("fields.sentOn")}
              hint={t("fields.sentOnHint")}
              dayOnly
            />
            <PartialDateField
              name="deadline"
              label={t("fields.deadline")}
              hint={t("fields.deadlineHint")}
              dayOnly
            />
          </div>
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
            options={prisoners.map((prisoner) => ({ value: prisoner.id, label: prisoner.name }))}
            size={8}
          />
        </FormSection>
        <LetterTextSection />
      </SectionedFormBody>
    </ContentForm>
  );
}

/** The letter's text in each language side by side: saving a changed text makes a new version. */
function LetterTextSection() {
  const t = useTranslations("LetterEditor");
  const tForm = useTranslations("EditorForm");
  const pageLocale = useLocale();
  return (
    <FormSection id="section-text" title={tForm("sections.text")}>
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
        <legend className="px-1 font-semibold text-slate-900 dark:text-slate-100">
          {t("fields.text")}
        </legend>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("fields.textHint")}</p>
        <LocalizedFields name="textTitle" label={t("fields.textTitle")} maxLength={400} />
        <div className="grid gap-4 lg:grid-cols-2">
          {FORM_LOCALES.map((locale) => (
            <RichTextEditor
              key={locale}
              name={`text.${locale}`}
              label={languageName(locale, pageLocale)}
              lang={locale}
            />
          ))}
        </div>
      </fieldset>
    </FormSection>
  );
}
