"use client";

import { useTranslations } from "next-intl";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { SelectOption } from "@/components/ui/select";

/**
 * Records the addressee's answer to a letter, or edits one (`answerId`): when it came, who
 * answered, a summary per language, the reply's text and/or its PDF from the media library.
 * Saved with the letter's version, like every part of the letter. Works without JavaScript.
 */
export function LetterAnswerForm({
  action,
  letterId,
  answerId,
  version,
  initialValues,
  documents,
  idPrefix,
}: {
  action: EditorAction;
  letterId: string;
  answerId?: string;
  version: number;
  initialValues: FormValues;
  documents: SelectOption[];
  idPrefix: string;
}) {
  const t = useTranslations("LetterAnswerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={initialValues}
      version={version}
      idPrefix={idPrefix}
      compareOnConflict={false}
      saveLabel={t("save")}
    >
      <input type="hidden" name="letterId" value={letterId} />
      {answerId ? <input type="hidden" name="answerId" value={answerId} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <PartialDateField name="receivedOn" label={t("receivedOn")} required dayOnly />
        <TextInputField
          name="answeredBy"
          label={t("answeredBy")}
          hint={t("answeredByHint")}
          required
          maxLength={200}
        />
      </div>
      <LocalizedFields name="summary" label={t("summary")} required multiline rows={3} />
      <TextareaField name="text" label={t("text")} rows={6} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInputField
          name="textLang"
          label={t("textLang")}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
        />
        <SelectField
          name="documentId"
          label={t("document")}
          hint={t("documentHint")}
          placeholder={t("noDocument")}
          options={documents}
        />
      </div>
    </EditorForm>
  );
}

/** Publishes or withdraws one answer: a button, saved with the letter's version. */
export function LetterAnswerStateForm({
  action,
  letterId,
  answerId,
  version,
  publish,
  idPrefix,
}: {
  action: EditorAction;
  letterId: string;
  answerId: string;
  version: number;
  publish: boolean;
  idPrefix: string;
}) {
  const t = useTranslations("LetterAnswerEditor");
  return (
    <EditorForm
      action={action}
      initialValues={{}}
      version={version}
      idPrefix={idPrefix}
      compareOnConflict={false}
      saveLabel={t(publish ? "publish" : "unpublish")}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="answerId" value={answerId} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
    </EditorForm>
  );
}
