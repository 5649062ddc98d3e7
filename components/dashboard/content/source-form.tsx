"use client";

import { useLocale, useTranslations } from "next-intl";
import { ContentForm } from "@/components/dashboard/content/content-form";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import type { CreateAction, EditorAction } from "@/components/dashboard/form/editor-form";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { SelectField } from "@/components/dashboard/form/select-field";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { SourceDocumentOption } from "@/lib/data/dashboard-sources";
import { SOURCE_CONFIDENCES, SOURCE_TITLE_MAX } from "@/lib/validation/prisoner-sources";
import {
  COMMON_SOURCE_LANGUAGES,
  SOURCE_LANGUAGE_MAX,
  SOURCE_PUBLISHER_MAX,
} from "@/lib/validation/source";

interface SourceFormProps {
  action: EditorAction | CreateAction;
  initialValues: FormValues;
  documents: SourceDocumentOption[];
  /** Absent when creating. */
  id?: string;
  version?: number;
}

const LANGUAGE_LIST_ID = "source-language-options";

/** A language code's name in the page's language ("kk" → "Kazakh"), or the code itself. */
function languageLabel(code: string, pageLocale: string): string {
  try {
    return new Intl.DisplayNames([pageLocale], { type: "language" }).of(code) ?? code;
  } catch {
    // A runtime without display names for this code: the code alone is still understood.
    return code;
  }
}

/**
 * Every field of a source: what it is (title, publisher, dates, language), where to find it
 * (address, archived copy, a PDF of the media library, and whether readers may download it) and
 * how far its account is established.
 */
export function SourceForm({ action, initialValues, documents, id, version }: SourceFormProps) {
  const t = useTranslations("SourceEditor");
  const tForm = useTranslations("EditorForm");
  const pageLocale = useLocale();
  return (
    <ContentForm
      action={action as EditorAction}
      initialValues={initialValues}
      id={id}
      version={version}
      fieldLabels={{
        title: t("fields.title"),
        publisher: t("fields.publisher"),
        url: t("fields.url"),
        archiveUrl: t("fields.archiveUrl"),
        publishedOn: t("fields.publishedOn"),
        accessedOn: t("fields.accessedOn"),
        confidence: t("fields.confidence"),
        language: t("fields.language"),
        documentId: t("fields.document"),
        documentPublic: t("fields.documentPublic"),
      }}
      saveLabel={id ? undefined : t("new")}
    >
      <SectionedFormBody sections={["details", "assessment", "document"]}>
        <FormSection id="section-details" title={tForm("sections.details")}>
          <TextInputField
            name="title"
            label={t("fields.title")}
            hint={t("fields.titleHint")}
            required
            maxLength={SOURCE_TITLE_MAX}
          />
          <TextInputField
            name="publisher"
            label={t("fields.publisher")}
            hint={t("fields.publisherHint")}
            maxLength={SOURCE_PUBLISHER_MAX}
            className="max-w-xl"
          />
          <div className="grid gap-4 md:grid-cols-2">
            <TextInputField
              name="url"
              type="url"
              label={t("fields.url")}
              hint={t("fields.urlHint")}
              autoComplete="off"
              spellCheck={false}
            />
            <TextInputField
              name="archiveUrl"
              type="url"
              label={t("fields.archiveUrl")}
              hint={t("fields.archiveUrlHint")}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <PartialDateField name="publishedOn" label={t("fields.publishedOn")} dayOnly />
            <PartialDateField
              name="accessedOn"
              label={t("fields.accessedOn")}
              hint={t("fields.accessedOnHint")}
              dayOnly
            />
          </div>
        </FormSection>
        <FormSection id="section-assessment" title={tForm("sections.assessment")}>
          <SelectField
            name="confidence"
            label={t("fields.confidence")}
            required
            placeholder={t("fields.confidenceChoose")}
            hint={SOURCE_CONFIDENCES.map((level) => (
              <span key={level} className="block">
                {t(`confidenceExplained.${level}`)}
              </span>
            ))}
            options={SOURCE_CONFIDENCES.map((level) => ({
              value: level,
              label: t(`confidence.${level}`),
            }))}
            className="max-w-md"
          />
          <TextInputField
            name="language"
            label={t("fields.language")}
            hint={t("fields.languageHint")}
            list={LANGUAGE_LIST_ID}
            autoComplete="off"
            spellCheck={false}
            maxLength={SOURCE_LANGUAGE_MAX}
            className="max-w-48"
          />
          <datalist id={LANGUAGE_LIST_ID}>
            {COMMON_SOURCE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageLabel(code, pageLocale)}
              </option>
            ))}
          </datalist>
        </FormSection>
        <SourceDocumentSection documents={documents} />
      </SectionedFormBody>
    </ContentForm>
  );
}

/** The source's own copy (a PDF in the media library) and whether the public may open it. */
function SourceDocumentSection({ documents }: { documents: SourceDocumentOption[] }) {
  const t = useTranslations("SourceEditor");
  const tForm = useTranslations("EditorForm");
  return (
    <FormSection id="section-document" title={tForm("sections.document")}>
      <SelectField
        name="documentId"
        label={t("fields.document")}
        hint={t("fields.documentHint")}
        placeholder={t("fields.documentNone")}
        options={documents.map((pdf) => ({ value: pdf.id, label: pdf.filename }))}
        className="max-w-xl"
      />
      <CheckboxField
        name="documentPublic"
        label={t("fields.documentPublic")}
        hint={t("fields.documentPublicHint")}
      />
    </FormSection>
  );
}
